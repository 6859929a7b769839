/**
 * An essay's attachments as files on disk: where each one is, what it is, how big.
 * Paths are relative to the essay's file, whose folder follows from its id.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SETTINGS } from '../config.ts';
import { attachmentType, formatBytes } from '../lib/files.ts';
import { attachmentPath } from '../lib/urls.ts';

export interface Attachment {
  title: string;
  fileName: string;
  /** Site path it is published at (without base). */
  path: string;
  absolutePath: string;
  typeLabel: string;
  mime: string;
  bytes: number;
  size: string;
}

function essayFolder(essayId: string): string {
  return join(SETTINGS.contentDir, 'essays', dirname(essayId));
}

export function attachmentsOf(essay: { id: string; data: { attachments: ReadonlyArray<{ title: string; file: string }> } }): Attachment[] {
  return essay.data.attachments.map(({ title, file }) => {
    const absolutePath = resolve(essayFolder(essay.id), file);
    const fileName = file.split('/').pop() ?? file;
    const type = attachmentType(fileName);
    const bytes = statSync(absolutePath).size;
    return {
      title,
      fileName,
      path: attachmentPath(essay.id, fileName),
      absolutePath,
      typeLabel: type?.label ?? 'File',
      mime: type?.mime ?? 'application/octet-stream',
      bytes,
      size: formatBytes(bytes),
    };
  });
}
