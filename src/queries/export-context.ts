/** Binds the open data export to this build: the archive, the public origin, the attachment files. */
import { BASE } from '../config.ts';
import { entryPath, withBase } from '../lib/urls.ts';
import type { ExportContext } from '../lib/open-data.ts';
import type { Essay } from './collections.ts';
import { attachmentsOf } from './attachments.ts';

export function exportContext(site: URL): ExportContext {
  const absolute = (path: string) => new URL(withBase(path, BASE), site).href;
  return {
    url: (collection, id) => absolute(entryPath(collection, id)),
    absolute,
    attachments: (essay) => attachmentsOf(essay as Essay),
  };
}
