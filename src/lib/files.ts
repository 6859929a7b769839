/** Files offered beside essays: which types are accepted and how they are described to readers. */
import { IMAGE_KINDS, type ContentKind } from './file-types.ts';

export interface FileType {
  /** Short label shown beside the link ("PDF"). */
  label: string;
  mime: string;
  /** What the file's content must be (lib/file-types.ts): a name alone proves nothing. */
  content: ContentKind;
}

/** Attachment types the archive accepts, by lowercase extension. */
const ATTACHMENT_TYPES: Record<string, FileType> = {
  pdf: { label: 'PDF', mime: 'application/pdf', content: 'pdf' },
  doc: { label: 'Word', mime: 'application/msword', content: 'cfb' },
  docx: { label: 'Word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: 'zip' },
  odt: { label: 'OpenDocument text', mime: 'application/vnd.oasis.opendocument.text', content: 'zip' },
  rtf: { label: 'RTF', mime: 'application/rtf', content: 'rtf' },
  txt: { label: 'Text', mime: 'text/plain', content: 'text' },
  xls: { label: 'Excel', mime: 'application/vnd.ms-excel', content: 'cfb' },
  xlsx: { label: 'Excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: 'zip' },
  ods: { label: 'OpenDocument spreadsheet', mime: 'application/vnd.oasis.opendocument.spreadsheet', content: 'zip' },
  csv: { label: 'CSV', mime: 'text/csv', content: 'text' },
  ppt: { label: 'PowerPoint', mime: 'application/vnd.ms-powerpoint', content: 'cfb' },
  pptx: { label: 'PowerPoint', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', content: 'zip' },
  odp: { label: 'OpenDocument presentation', mime: 'application/vnd.oasis.opendocument.presentation', content: 'zip' },
  epub: { label: 'EPUB', mime: 'application/epub+zip', content: 'zip' },
  zip: { label: 'ZIP', mime: 'application/zip', content: 'zip' },
  jpg: { label: 'JPEG image', mime: 'image/jpeg', content: 'jpeg' },
  jpeg: { label: 'JPEG image', mime: 'image/jpeg', content: 'jpeg' },
  png: { label: 'PNG image', mime: 'image/png', content: 'png' },
  webp: { label: 'WebP image', mime: 'image/webp', content: 'webp' },
  mp3: { label: 'MP3 audio', mime: 'audio/mpeg', content: 'mp3' },
};

/** Extensions an attachment may have. */
export const ATTACHMENT_EXTENSIONS: readonly string[] = Object.keys(ATTACHMENT_TYPES);

/**
 * Image types accepted for an essay's lead image and for images in a text: what browsers
 * show and Astro's image pipeline reads. SVG is left out on purpose (docs/content-model.md).
 */
export const IMAGE_EXTENSIONS: readonly string[] = Object.keys(IMAGE_KINDS);

/** Lowercase extension of a file name, without the dot ("" when none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split('/').pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The type of an attachment, or undefined when the archive does not accept it. */
export function attachmentType(fileName: string): FileType | undefined {
  return ATTACHMENT_TYPES[extensionOf(fileName)];
}

/** A file size for readers: "895.7 KB", "1.2 MB", "512 bytes" (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}
