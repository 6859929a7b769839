/**
 * The sniffer (src/lib/file-types.ts): each kind told by its first bytes whatever the name,
 * and the messages editors read when a file is not what its name says, word for word.
 */
import { describe, expect, test } from 'vitest';
import { contentProblem, isUtf8Text, sniffContent, type ContentKind } from '../../src/lib/file-types';
import { ATTACHMENT_EXTENSIONS, IMAGE_EXTENSIONS } from '../../src/lib/files';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));
/** An ISO media file's first box: size, "ftyp", major brand, minor version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]) =>
  bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible);

const SAMPLES: Array<[string, Uint8Array, ContentKind]> = [
  ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'png'],
  ['JPEG (JFIF)', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF'), 'jpeg'],
  ['JPEG (Exif)', bytes([0xff, 0xd8, 0xff, 0xe1, 0, 16], 'Exif'), 'jpeg'],
  ['GIF 89a', bytes('GIF89a', [1, 0, 1, 0]), 'gif'],
  ['GIF 87a', bytes('GIF87a', [1, 0, 1, 0]), 'gif'],
  ['WebP', bytes('RIFF', [36, 0, 0, 0], 'WEBPVP8 '), 'webp'],
  ['AVIF', ftyp('avif', 'avif', 'mif1', 'miaf'), 'avif'],
  ['AVIF sequence', ftyp('avis', 'avis', 'msf1'), 'avif'],
  ['AVIF under a generic major brand', ftyp('mif1', 'mif1', 'avif'), 'avif'],
  ['HEIC', ftyp('heic', 'mif1', 'heic'), 'heic'],
  ['PDF', bytes('%PDF-1.7\n%\u00e2\u00e3'), 'pdf'],
  ['ZIP (and Office Open XML, OpenDocument, EPUB)', bytes('PK', [3, 4, 20, 0], 'mimetypeapplication/epub+zip'), 'zip'],
  ['an empty ZIP', bytes('PK', [5, 6], new Array<number>(18).fill(0)), 'zip'],
  ['old Office (CFB)', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'cfb'],
  ['RTF', bytes('{\\rtf1\\ansi hello}'), 'rtf'],
  ['MP3 with an ID3 tag', bytes('ID3', [4, 0, 0, 0, 0, 0, 0]), 'mp3'],
  ['MP3 frame (MPEG-1 Layer III, 128 kbit/s, 44.1 kHz)', bytes([0xff, 0xfb, 0x90, 0x64]), 'mp3'],
  ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'svg'],
  [
    'SVG after a BOM, an XML declaration, a comment and a doctype',
    bytes('\uFEFF  <?xml version="1.0"?>\n<!-- drawn -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<SVG\nviewBox="0 0 1 1"/>'),
    'svg',
  ],
  ['HTML', bytes('<!DOCTYPE html><html><body onload="x()">'), 'html'],
  ['an HTML fragment', bytes('<script>alert(document.cookie)</script>'), 'html'],
  ['XML', bytes('<?xml version="1.0"?><feed/>'), 'xml'],
  ['text', bytes('name,country\nAsan,KR\n'), 'text'],
  ['UTF-8 text in several scripts', bytes('아산 정책연구원 · 亚洲 · Nguyễn\n'), 'text'],
  ['nothing', bytes(), 'empty'],
  ['Latin-1 text (not UTF-8)', bytes([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'unknown'],
  ['text with a NUL byte (UTF-16)', bytes([0xff, 0xfe, 0x61, 0x00, 0x62, 0x00]), 'unknown'],
  ['gzip (an .svgz drawing)', bytes([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xff]), 'unknown'],
  ['an MP4 video', ftyp('isom', 'isom', 'mp41'), 'unknown'],
  ['a JPEG-looking frame sync that is not Layer III', bytes([0xff, 0xfd, 0x90, 0x64]), 'unknown'],
];

describe('sniffContent', () => {
  test.each(SAMPLES)('%s', (_, sample, kind) => {
    expect(sniffContent(sample)).toBe(kind);
  });

  test('a UTF-8 character cut off at the end of the sample is still text', () => {
    const start = bytes('Nguy', [0xe1, 0xbb]); // "ễ" is three bytes; two made it into the sample
    expect(sniffContent(start)).toBe('text');
    expect(isUtf8Text(start)).toBe(false);
    expect(isUtf8Text(start, { complete: false })).toBe(true);
  });
});

const asImage = (name: string, sample: Uint8Array, expected: ContentKind, label: string) =>
  contentProblem(name, sample, expected, { label, accepted: IMAGE_EXTENSIONS });
const asAttachment = (name: string, sample: Uint8Array, expected: ContentKind, label: string) =>
  contentProblem(name, sample, expected, { label, accepted: ATTACHMENT_EXTENSIONS });
const sample = (kind: ContentKind) => SAMPLES.find(([, , k]) => k === kind)![1];

describe('contentProblem', () => {
  test('a file that is what its name says passes', () => {
    expect(asImage('photo.png', sample('png'), 'png', 'PNG')).toBeUndefined();
    expect(asImage('photo.avif', sample('avif'), 'avif', 'AVIF')).toBeUndefined();
    expect(asAttachment('report.pdf', sample('pdf'), 'pdf', 'PDF')).toBeUndefined();
    expect(asAttachment('slides.pptx', sample('zip'), 'zip', 'PowerPoint')).toBeUndefined();
    expect(asAttachment('notes.txt', bytes('plain words\n'), 'text', 'Text')).toBeUndefined();
  });

  test('an SVG saved as .png is refused, saying why', () => {
    expect(asImage('map.png', sample('svg'), 'png', 'PNG')).toBe(
      '"map.png" is named .png but is an SVG drawing: an SVG can carry a script that would run on the archive\'s own site; export it as PNG, JPEG or WebP',
    );
  });

  test('another image type under the wrong extension is to be renamed', () => {
    expect(asImage('photo.png', sample('jpeg'), 'png', 'PNG')).toBe(
      '"photo.png" is named .png but is a JPEG image; rename it to end in .jpg',
    );
    expect(asImage('photo.jpg', sample('webp'), 'jpeg', 'JPEG')).toBe(
      '"photo.jpg" is named .jpg but is a WebP image; rename it to end in .webp',
    );
  });

  test('what is no image at all is to be exported again', () => {
    expect(asImage('photo.png', sample('pdf'), 'png', 'PNG')).toBe(
      '"photo.png" is named .png but is a PDF document; save it again in PNG format',
    );
    expect(asImage('photo.jpg', sample('heic'), 'jpeg', 'JPEG')).toBe(
      '"photo.jpg" is named .jpg but is an HEIC photo (the format of iPhone cameras); save it again in JPEG format',
    );
    expect(asImage('photo.webp', sample('html'), 'webp', 'WebP')).toBe(
      '"photo.webp" is named .webp but is a web page (HTML); save it again in WebP format',
    );
  });

  test('attachments must be what their extension says', () => {
    expect(asAttachment('report.pdf', sample('html'), 'pdf', 'PDF')).toBe(
      '"report.pdf" is named .pdf but is a web page (HTML); save it again in PDF format',
    );
    expect(asAttachment('report.docx', sample('pdf'), 'zip', 'Word')).toBe(
      '"report.docx" is named .docx but is a PDF document; rename it to end in .pdf',
    );
    expect(asAttachment('report.doc', sample('zip'), 'cfb', 'Word')).toBe(
      '"report.doc" is named .doc but is a ZIP archive (or a Word, Excel, PowerPoint, OpenDocument or EPUB file); save it again in Word format',
    );
    expect(asAttachment('talk.mp3', sample('unknown'), 'mp3', 'MP3 audio')).toBe(
      '"talk.mp3" is named .mp3 but is of a kind the archive does not recognise; save it again in MP3 audio format',
    );
    expect(asAttachment('report.pdf', bytes(), 'pdf', 'PDF')).toBe('"report.pdf" is empty; add what it should hold, or remove it');
  });

  test('text and CSV must be UTF-8 throughout; markup in a text file is text', () => {
    const late = bytes('a,b\n'.repeat(2000), [0xe9], '\n');
    expect(sniffContent(late.subarray(0, 4096))).toBe('text');
    expect(asAttachment('data.csv', late, 'text', 'CSV')).toBe(
      '"data.csv" is named .csv but is not plain text in UTF-8; save it again as CSV in UTF-8',
    );
    expect(asAttachment('notes.txt', sample('svg'), 'text', 'Text')).toBeUndefined();
    expect(asAttachment('notes.txt', sample('pdf'), 'text', 'Text')).toBe(
      '"notes.txt" is named .txt but is a PDF document; rename it to end in .pdf',
    );
  });

  test('a subject replaces the quoted name where the message needs more', () => {
    expect(
      contentProblem('map.png', sample('svg'), 'png', { label: 'PNG', accepted: IMAGE_EXTENSIONS, subject: 'image "./files/map.png"' }),
    ).toBe(
      'image "./files/map.png" is named .png but is an SVG drawing: an SVG can carry a script that would run on the archive\'s own site; export it as PNG, JPEG or WebP',
    );
  });
});
