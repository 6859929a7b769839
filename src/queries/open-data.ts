/** Binds the open data export to this build: the archive, the public origin, the attachment files. */
import { sitePath } from '../lib/site-path.ts';
import { entryPath } from '../lib/urls.ts';
import type { ExportContext } from '../lib/open-data.ts';
import type { Essay } from './archive.ts';
import { attachmentsOf } from './attachments.ts';

export function exportContext(site: URL): ExportContext {
  const absolute = (path: string) => new URL(sitePath(path), site).href;
  return {
    url: (collection, id) => absolute(entryPath(collection, id)),
    absolute,
    attachments: (essay) => attachmentsOf(essay as Essay),
  };
}
