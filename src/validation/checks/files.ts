/**
 * Files an essay names: its lead image and attachments exist inside the content folder, of a
 * type the archive offers, under a name that can be part of a web address.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { attachmentType, extensionOf, IMAGE_EXTENSIONS } from '../../lib/files.ts';
import { fieldLabel } from '../issues.ts';
import { at, fieldsOf, type Candidate, type Reporter } from '../types.ts';
import { slug } from './names.ts';

const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function insideFolder(folder: string, target: string): boolean {
  const rel = relative(folder, target);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}

export function checkFiles(candidates: Candidate[], contentDir: string, report: Reporter) {
  for (const candidate of candidates) {
    const fields = fieldsOf(candidate);
    if (candidate.collection !== 'essays' || !fields) continue;
    const here = dirname(candidate.absolutePath);
    const image = fields.image as { src?: unknown } | undefined;
    if (image && typeof image.src === 'string') {
      const target = resolve(here, image.src);
      const pos = at(candidate, ['image', 'src']);
      if (!insideFolder(contentDir, target))
        report(candidate.file, pos.line, pos.column, 'image.src', 'must point to a file inside the content folder');
      else if (!existsSync(target))
        report(candidate.file, pos.line, pos.column, 'image.src', `file "${image.src}" not found next to this essay`);
      else if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extensionOf(target))) {
        report(candidate.file, pos.line, pos.column, 'image.src', `must be an image file (${IMAGE_EXTENSIONS.join(', ')})`);
      }
    }
    const attachments = Array.isArray(fields.attachments) ? (fields.attachments as Array<{ file?: unknown }>) : [];
    const names = new Map<string, number>();
    attachments.forEach((attachment, index) => {
      if (typeof attachment?.file !== 'string') return undefined;
      const path = ['attachments', index, 'file'];
      const pos = at(candidate, path);
      const label = fieldLabel(path);
      const file = attachment.file;
      const target = resolve(here, file);
      const name = file.split('/').pop() ?? '';
      if (!insideFolder(contentDir, target))
        return report(candidate.file, pos.line, pos.column, label, 'must point to a file inside the content folder');
      if (!existsSync(target) || !statSync(target).isFile())
        return report(candidate.file, pos.line, pos.column, label, `file "${file}" not found next to this essay`);
      if (!attachmentType(name)) {
        return report(
          candidate.file,
          pos.line,
          pos.column,
          label,
          `"${name}" is not a file type the archive offers for download (use PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, EPUB, ZIP, JPEG, PNG, WebP or MP3)`,
        );
      }
      if (!SAFE_FILE_NAME.test(name)) {
        return report(
          candidate.file,
          pos.line,
          pos.column,
          label,
          `file name "${name}" becomes part of a web address: use only letters, digits, ".", "_" and "-" (e.g. "${suggestSafeName(name)}")`,
        );
      }
      const first = names.get(name);
      if (first !== undefined)
        return report(
          candidate.file,
          pos.line,
          pos.column,
          label,
          `has the same file name as attachments[${first}]; both would be published at the same address`,
        );
      names.set(name, index);
      return undefined;
    });
  }
}

function suggestSafeName(name: string): string {
  const extension = extensionOf(name);
  const stem = extension ? name.slice(0, -(extension.length + 1)) : name;
  return `${slug(stem) || 'file'}${extension ? `.${extension}` : ''}`;
}
