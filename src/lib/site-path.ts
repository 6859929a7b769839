import { joinBase } from './urls.ts';

/** A site path with the configured base path in front (`/essays/` → `/archive/essays/`). */
export function sitePath(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
