/**
 * What a file is, by its content rather than its name. An editor can name any file
 * "photo.png"; the site would then publish it as is, or hand it to the image pipeline, which
 * fails naming only a hashed output file. The first bytes of a file (its "magic number") say
 * what it is, whatever its name. Pure: bytes in, a type out; reading the file is the caller's.
 */

/** The kinds of file the archive tells apart. */
export type ContentKind =
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'avif'
  | 'heic'
  | 'pdf'
  | 'zip'
  | 'cfb'
  | 'rtf'
  | 'mp3'
  | 'svg'
  | 'html'
  | 'xml'
  | 'text'
  | 'empty'
  | 'unknown';

/** How many bytes from the start of a file `sniffContent` needs. */
export const SNIFF_BYTES = 4096;

/** What each kind is called in a message to an editor. */
const KIND_NAMES: Record<ContentKind, string> = {
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  avif: 'an AVIF image',
  heic: 'an HEIC photo (the format of iPhone cameras)',
  pdf: 'a PDF document',
  zip: 'a ZIP archive (or a Word, Excel, PowerPoint, OpenDocument or EPUB file)',
  cfb: 'an old-style Office document (.doc, .xls or .ppt)',
  rtf: 'an RTF document',
  mp3: 'MP3 audio',
  svg: 'an SVG drawing',
  html: 'a web page (HTML)',
  xml: 'an XML file',
  text: 'plain text',
  empty: 'empty',
  unknown: 'of a kind the archive does not recognise',
};

/** Image kinds the site publishes (lead images and images in the text), by extension. */
export const IMAGE_KINDS: Readonly<Record<string, ContentKind>> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  webp: 'webp',
  gif: 'gif',
  avif: 'avif',
};

/** The image formats, as editors name them. */
export const IMAGE_FORMATS = 'PNG, JPEG, WebP, GIF or AVIF';

/** The name of an image kind's format, as editors know it ("WebP"). */
export const IMAGE_FORMAT_NAMES: Partial<Record<ContentKind, string>> = {
  png: 'PNG',
  jpeg: 'JPEG',
  webp: 'WebP',
  gif: 'GIF',
  avif: 'AVIF',
};

/** Why an SVG is never published, in the words of the messages and the docs. */
export const SVG_REASON = "an SVG can carry a script that would run on the archive's own site; export it as PNG, JPEG or WebP";

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const fourCC = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/** The kind of a file from its first bytes (at least `SNIFF_BYTES` of them, or the whole file). */
export function sniffContent(bytes: Uint8Array): ContentKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  const brands = isoBrands(bytes);
  if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return 'avif';
  if (brands.some((brand) => ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].includes(brand))) return 'heic';
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b]) && [0x0304, 0x0506, 0x0708].includes((bytes[2]! << 8) | bytes[3]!)) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  if (startsWith(bytes, ascii('{\\rtf'))) return 'rtf';
  if (startsWith(bytes, ascii('ID3')) || isMp3Frame(bytes)) return 'mp3';
  if (!isUtf8Text(bytes, { complete: false })) return 'unknown';
  return markupKind(new TextDecoder().decode(bytes.subarray(0, SNIFF_BYTES))) ?? 'text';
}

/** The brands of an ISO media file (AVIF, HEIC, MP4): its `ftyp` box's major and compatible brands. */
function isoBrands(bytes: Uint8Array): string[] {
  if (bytes.length < 16 || fourCC(bytes, 4) !== 'ftyp') return [];
  const size = Math.min(((bytes[0]! << 24) >>> 0) + (bytes[1]! << 16) + (bytes[2]! << 8) + bytes[3]!, bytes.length);
  const brands = [fourCC(bytes, 8)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(fourCC(bytes, at));
  return brands;
}

/** An MPEG-1/2 Layer III frame header: 11 sync bits, a valid version, layer III, a valid bit rate and sample rate. */
function isMp3Frame(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || (bytes[1]! & 0xe0) !== 0xe0) return false;
  const version = (bytes[1]! >> 3) & 0b11;
  const layer = (bytes[1]! >> 1) & 0b11;
  const bitRate = bytes[2]! >> 4;
  const sampleRate = (bytes[2]! >> 2) & 0b11;
  return version !== 0b01 && layer === 0b01 && bitRate !== 0b1111 && sampleRate !== 0b11;
}

/**
 * What a text file beginning with markup is. An SVG may open with an XML declaration, a
 * doctype and comments before its `<svg>` element, so the whole start is searched.
 */
function markupKind(start: string): ContentKind | undefined {
  const text = start.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('<')) return undefined;
  if (/<svg[\s/>]/i.test(text)) return 'svg';
  if (/<(?:!doctype\s+html|html|head|body|script|iframe|meta|title|div|p|a|img)[\s/>]/i.test(text)) return 'html';
  return 'xml';
}

/**
 * True when `bytes` is UTF-8 text without a NUL byte. With `complete: false` (the start of a
 * file) a character cut off at the end is allowed.
 */
export function isUtf8Text(bytes: Uint8Array, { complete = true }: { complete?: boolean } = {}): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** Kinds a text file may be sniffed as: markup is text too, and a .txt file is served as text. */
const TEXT_KINDS: readonly ContentKind[] = ['text', 'html', 'xml', 'svg'];

/**
 * What is wrong with a file named `name` whose content is `bytes`, when its name says it is
 * `expected`: a sentence for editors, or undefined when the file is what its name says.
 * `bytes` is the file's start (`SNIFF_BYTES`), or the whole file when `expected` is "text",
 * which must be UTF-8 throughout. `label` names the expected format ("PDF"); `accepted` lists
 * the extensions the file could take instead, so that a JPEG named ".png" is told to be
 * renamed rather than exported again. The message opens with `subject` (the quoted name).
 */
export function contentProblem(
  name: string,
  bytes: Uint8Array,
  expected: ContentKind,
  { label, accepted, subject = `"${name}"` }: { label: string; accepted: readonly string[]; subject?: string },
): string | undefined {
  const kind = sniffContent(bytes);
  if (kind === 'empty') return `${subject} is empty; add what it should hold, or remove it`;
  const dot = name.lastIndexOf('.');
  const named = `${subject} is named ${dot > 0 ? name.slice(dot) : 'without an extension'} but is`;
  if (expected === 'text') {
    if (TEXT_KINDS.includes(kind) && isUtf8Text(bytes)) return undefined;
    if (TEXT_KINDS.includes(kind) || kind === 'unknown') return `${named} not plain text in UTF-8; save it again as ${label} in UTF-8`;
  } else if (kind === expected) {
    return undefined;
  }
  if (kind === 'svg') return `${named} ${KIND_NAMES.svg}: ${SVG_REASON}`;
  const rename = RENAME_TO[kind];
  if (rename && accepted.includes(rename)) return `${named} ${KIND_NAMES[kind]}; rename it to end in .${rename}`;
  return `${named} ${KIND_NAMES[kind]}; save it again in ${label} format`;
}

/** The extension a file of a kind takes, where one extension fits it. */
const RENAME_TO: Partial<Record<ContentKind, string>> = {
  png: 'png',
  jpeg: 'jpg',
  gif: 'gif',
  webp: 'webp',
  avif: 'avif',
  pdf: 'pdf',
  rtf: 'rtf',
  mp3: 'mp3',
};
