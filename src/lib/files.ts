/** Files offered beside essays: which types are accepted and how they are described to readers. */

export interface FileType {
  /** Short label shown beside the link ("PDF"). */
  label: string;
  mime: string;
}

/** Attachment types the archive accepts, by lowercase extension. */
const ATTACHMENT_TYPES: Record<string, FileType> = {
  pdf: { label: 'PDF', mime: 'application/pdf' },
  doc: { label: 'Word', mime: 'application/msword' },
  docx: { label: 'Word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  odt: { label: 'OpenDocument text', mime: 'application/vnd.oasis.opendocument.text' },
  rtf: { label: 'RTF', mime: 'application/rtf' },
  txt: { label: 'Text', mime: 'text/plain' },
  xls: { label: 'Excel', mime: 'application/vnd.ms-excel' },
  xlsx: { label: 'Excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  ods: { label: 'OpenDocument spreadsheet', mime: 'application/vnd.oasis.opendocument.spreadsheet' },
  csv: { label: 'CSV', mime: 'text/csv' },
  ppt: { label: 'PowerPoint', mime: 'application/vnd.ms-powerpoint' },
  pptx: { label: 'PowerPoint', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  odp: { label: 'OpenDocument presentation', mime: 'application/vnd.oasis.opendocument.presentation' },
  epub: { label: 'EPUB', mime: 'application/epub+zip' },
  zip: { label: 'ZIP', mime: 'application/zip' },
  jpg: { label: 'JPEG image', mime: 'image/jpeg' },
  jpeg: { label: 'JPEG image', mime: 'image/jpeg' },
  png: { label: 'PNG image', mime: 'image/png' },
  webp: { label: 'WebP image', mime: 'image/webp' },
  mp3: { label: 'MP3 audio', mime: 'audio/mpeg' },
};

/** Image types accepted for an essay's lead image (what Astro's image pipeline reads). */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tiff'] as const;

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
