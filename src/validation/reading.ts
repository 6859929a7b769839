/**
 * Reading a content file as text, and the ways it can fail to be text an editor meant: too
 * large to read, not UTF-8, a byte-order mark, NUL bytes. Each is reported with its place; the
 * file is still read (invalid bytes become U+FFFD) so its other problems are reported too,
 * except a file over the size limit, which is not read at all.
 */
import { isUtf8 } from 'node:buffer';
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatBytes } from '../lib/files.ts';
import { limitText, SIZE_LIMITS } from '../lib/size-limits.ts';
import { lineStarts, positionAt, versionOf, type Position, type SourceFile } from './source.ts';

/** A problem with a file as a whole, at a place in it. */
interface FileProblem extends Position {
  message: string;
}

/** A content file read from disk, with what is wrong with it as text; `text` is empty when it could not be read. */
export interface ReadFile extends SourceFile {
  problems: FileProblem[];
  /** False when the file was not read (too large, not a file): only its name can be checked. */
  read: boolean;
}

export function readSource(contentDir: string, file: string): ReadFile {
  const absolutePath = join(contentDir, ...file.split('/'));
  const unread = (message: string): ReadFile => ({
    file,
    absolutePath,
    text: '',
    version: '',
    problems: [{ line: 1, column: 1, message }],
    read: false,
  });
  let bytes: Buffer;
  let version: string;
  try {
    // A link could bring in any file of the machine; editors' tools never make one.
    if (lstatSync(absolutePath).isSymbolicLink()) return unread('is a link to another file; replace it with the file itself');
    const stats = statSync(absolutePath, { bigint: true });
    if (!stats.isFile()) return unread('is not an ordinary file; replace it with the file itself');
    if (stats.size > SIZE_LIMITS.text) {
      return unread(
        `is larger than the ${limitText(SIZE_LIMITS.text)} a content file may hold (${formatBytes(Number(stats.size))}); shorten it, or offer the long text as an attachment`,
      );
    }
    version = versionOf(stats);
    bytes = readFileSync(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return unread(`could not be read (${code}); check that the file is there and can be opened`);
  }
  const text = bytes.toString('utf8');
  return { file, absolutePath, text, version, problems: textProblems(bytes, text), read: true };
}

/** What keeps the bytes of a file from being the plain UTF-8 text the archive reads. */
export function textProblems(bytes: Uint8Array, text: string): FileProblem[] {
  const problems: FileProblem[] = [];
  if (text.startsWith('\uFEFF')) {
    problems.push({
      line: 1,
      column: 1,
      message: 'starts with an invisible byte-order mark (BOM); save the file as "UTF-8" rather than "UTF-8 with BOM"',
    });
  }
  const invalid = isUtf8(bytes) ? undefined : firstInvalidByte(bytes);
  if (invalid !== undefined) {
    problems.push({
      ...bytePosition(bytes, invalid),
      message: 'is not saved as UTF-8 text: the character here cannot be read; save the file as "UTF-8" in your editor',
    });
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    problems.push({
      ...positionAt(lineStarts(text), nul),
      message: 'contains a NUL character (a zero byte), which text never holds; remove it, or check that this is a text file',
    });
  }
  return problems;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || (length > 1 && !isUtf8(bytes.subarray(i, i + length)))) return i;
    i += length;
  }
  return undefined;
}

/** Line and column of a byte offset, the column counted in characters as editors' tools count them. */
function bytePosition(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1 };
}
