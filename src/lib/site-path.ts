import { basePath } from '../config.ts';
import { joinBase } from './urls.ts';

/** A site path with the configured base path in front (`/essays/` → `/archive/essays/`). */
export function sitePath(path: string): string {
  return joinBase(basePath(), path);
}
