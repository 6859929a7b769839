/**
 * The largest files the archive takes (docs/editing.md, "How large a file may be"). A content
 * file is read whole and its text held while the site builds; an image is decoded and resized;
 * an attachment is copied into the site and downloaded by readers. 1 MB = 1024 × 1024 bytes,
 * as formatBytes (lib/files.ts) counts.
 */
const MB = 1024 * 1024;

export const SIZE_LIMITS = {
  /** A Markdown or MDX file: its fields and text. */
  text: 1 * MB,
  /** An essay's lead image, before Astro resizes it. */
  image: 20 * MB,
  /** A file offered for download beside an essay. */
  attachment: 50 * MB,
} as const;

/** A limit as editors read it: "20 MB". */
export function limitText(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}
