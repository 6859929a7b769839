/**
 * Files an essay names: its lead image and attachments lie inside the content folder (real
 * paths, links followed: containment.ts), are of a type the archive offers, are what their
 * names say by their content (lib/file-types.ts), and have names that can be part of a web
 * address.
 */
import { dirname } from 'node:path';
import { contentProblem, IMAGE_FORMAT_NAMES, IMAGE_FORMATS, IMAGE_KINDS, SVG_REASON, type ContentKind } from '../../lib/file-types.ts';
import { ATTACHMENT_EXTENSIONS, attachmentType, extensionOf, IMAGE_EXTENSIONS } from '../../lib/files.ts';
import { locate, readStart, readWhole, type ContentRoot, type Place } from '../containment.ts';
import { fieldLabel } from '../issues.ts';
import { at, fieldsOf, type Candidate, type Reporter } from '../types.ts';
import { slug } from './names.ts';

const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Why a place cannot be used: `subject` names what was written, as the message opens
 * (`image "./x.png"` in a text, nothing for a field, which its label names).
 */
export function placeProblem(place: Place, written: string, subject: string, noun: string): string | undefined {
  const opening = subject ? `${subject} ` : '';
  if (place.kind === 'outside') return `${opening}must point to a file inside the content folder`;
  if (place.kind === 'link-outside')
    return `${subject || `"${written}"`} is a link to a file outside the content folder; put the file itself in the content folder`;
  if (place.kind === 'missing') return `${subject || `file "${written}"`} not found next to this ${noun}`;
  return undefined;
}

/**
 * What is wrong with an image file at `real`, named `name`, or undefined when it is a
 * published image type. `subject` opens the message (the quoted name unless said).
 */
export function imageProblem(name: string, real: string, subject = `"${name}"`): string | undefined {
  const extension = extensionOf(name);
  if (extension === 'svg') return `${subject} is an SVG drawing, which the archive does not publish: ${SVG_REASON}`;
  const expected = IMAGE_KINDS[extension];
  if (!expected) return `must be an image file (${IMAGE_FORMATS})`;
  return kindProblem(name, real, expected, { label: IMAGE_FORMAT_NAMES[expected] ?? extension, accepted: IMAGE_EXTENSIONS, subject });
}

/** What is wrong with the content of a file named `name` at `real`, which must be `expected`. */
function kindProblem(
  name: string,
  real: string,
  expected: ContentKind,
  options: { label: string; accepted: readonly string[]; subject?: string },
) {
  let bytes: Uint8Array;
  try {
    // Text must be UTF-8 throughout; any other kind shows in its first bytes.
    bytes = expected === 'text' ? readWhole(real) : readStart(real);
  } catch {
    return `${options.subject ?? `"${name}"`} cannot be read; check that the file is not locked or protected`;
  }
  return contentProblem(name, bytes, expected, options);
}

export function checkFiles(candidates: Candidate[], root: ContentRoot, report: Reporter) {
  for (const candidate of candidates) {
    const fields = fieldsOf(candidate);
    if (candidate.collection !== 'essays' || !fields) continue;
    const here = dirname(candidate.absolutePath);
    const image = fields.image as { src?: unknown } | undefined;
    if (image && typeof image.src === 'string') {
      const pos = at(candidate, ['image', 'src']);
      const place = locate(root, here, image.src);
      const problem =
        placeProblem(place, image.src, '', 'essay') ??
        (place.kind === 'file' ? imageProblem(image.src.split('/').pop() ?? '', place.real) : undefined);
      if (problem) report(candidate.file, pos.line, pos.column, 'image.src', problem);
    }
    const attachments = Array.isArray(fields.attachments) ? (fields.attachments as Array<{ file?: unknown }>) : [];
    const names = new Map<string, number>();
    attachments.forEach((attachment, index) => {
      if (typeof attachment?.file !== 'string') return;
      const path = ['attachments', index, 'file'];
      const pos = at(candidate, path);
      const problem = attachmentProblem(root, here, attachment.file, index, names);
      if (problem) report(candidate.file, pos.line, pos.column, fieldLabel(path), problem);
    });
  }
}

function attachmentProblem(root: ContentRoot, here: string, file: string, index: number, names: Map<string, number>): string | undefined {
  const name = file.split('/').pop() ?? '';
  const place = locate(root, here, file);
  const misplaced = placeProblem(place, file, '', 'essay');
  if (misplaced || place.kind !== 'file') return misplaced;
  if (extensionOf(name) === 'svg') return `"${name}" is an SVG drawing, which the archive does not publish: ${SVG_REASON}`;
  const type = attachmentType(name);
  if (!type) {
    return `"${name}" is not a file type the archive offers for download (use PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, EPUB, ZIP, JPEG, PNG, WebP or MP3)`;
  }
  if (!SAFE_FILE_NAME.test(name)) {
    return `file name "${name}" becomes part of a web address: use only letters, digits, ".", "_" and "-" (e.g. "${suggestSafeName(name)}")`;
  }
  const first = names.get(name);
  if (first !== undefined) return `has the same file name as attachments[${first}]; both would be published at the same address`;
  names.set(name, index);
  return kindProblem(name, place.real, type.content, { label: type.label, accepted: ATTACHMENT_EXTENSIONS });
}

function suggestSafeName(name: string): string {
  const extension = extensionOf(name);
  const stem = extension ? name.slice(0, -(extension.length + 1)) : name;
  return `${slug(stem) || 'file'}${extension ? `.${extension}` : ''}`;
}
