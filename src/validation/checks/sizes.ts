/**
 * The size of the files an essay names: a lead image Astro must decode and resize, and
 * attachments copied into the site for readers to download (limits in lib/size-limits.ts).
 * Whether each file exists and is of the right type is checked in files.ts.
 */
import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { formatBytes } from '../../lib/files.ts';
import { limitText, SIZE_LIMITS } from '../../lib/size-limits.ts';
import { fieldLabel } from '../issues.ts';
import { at, fieldsOf, type Candidate, type Reporter } from '../types.ts';

/** Size in bytes of a file inside `contentDir`, or undefined when there is no such file there. */
function sizeOf(contentDir: string, target: string): number | undefined {
  if (relative(contentDir, target).startsWith('..')) return undefined;
  try {
    const stats = statSync(target);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

export function checkSizes(candidates: Candidate[], contentDir: string, report: Reporter) {
  for (const candidate of candidates) {
    const fields = fieldsOf(candidate);
    if (candidate.collection !== 'essays' || !fields) continue;
    const here = dirname(candidate.absolutePath);
    const named: Array<{ path: PropertyKey[]; file: unknown; limit: number; advice: string }> = [];
    const image = fields.image as { src?: unknown } | undefined;
    if (image)
      named.push({ path: ['image', 'src'], file: image.src, limit: SIZE_LIMITS.image, advice: 'save a smaller copy of the image' });
    const attachments = Array.isArray(fields.attachments) ? (fields.attachments as Array<{ file?: unknown } | null>) : [];
    attachments.forEach((attachment, index) =>
      named.push({
        path: ['attachments', index, 'file'],
        file: attachment?.file,
        limit: SIZE_LIMITS.attachment,
        advice: 'compress it, or split it into parts',
      }),
    );
    for (const { path, file, limit, advice } of named) {
      if (typeof file !== 'string') continue;
      const bytes = sizeOf(contentDir, resolve(here, file));
      if (bytes === undefined || bytes <= limit) continue;
      const pos = at(candidate, path);
      report(
        candidate.file,
        pos.line,
        pos.column,
        fieldLabel(path),
        `file "${file}" is larger than the ${limitText(limit)} the archive takes (${formatBytes(bytes)}); ${advice}`,
      );
    }
  }
}
