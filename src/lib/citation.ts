/**
 * Citations of an essay: the formatted strings a reader copies (Chicago, APA) and the files
 * reference managers import (BibTeX, RIS, CSL-JSON). Pure: a citation record in, text out.
 */
import type { DatePrecision } from '../schemas/dates.ts';

/** An author's name as citation styles need it: family and given, or one literal string. */
export type CitationName = { family: string; given?: string } | { literal: string };

/** Everything a citation of an essay is made from. */
export interface Citation {
  /** Stable id (the essay id). */
  id: string;
  title: string;
  authors: readonly CitationName[];
  /** Translators of a translation, in credit order; none for an original. */
  translators: readonly CitationName[];
  date: Date;
  precision: DatePrecision;
  /** Absolute URL of the essay. */
  url: string;
  /** The site, as the container of the essay. */
  containerTitle: string;
  publisher: string;
  /** BCP 47. */
  language: string;
  abstract: string;
  keywords: readonly string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The citation name of a person. Explicit `familyName`/`givenName` win; otherwise a name
 * written with spaces is read as "given … family" (the last word is the family name) and
 * a name without spaces (김민지, 王小明) is kept whole, since splitting it would be a guess.
 */
export function citationName(person: { name: string; familyName?: string | undefined; givenName?: string | undefined }): CitationName {
  if (person.familyName) return person.givenName ? { family: person.familyName, given: person.givenName } : { family: person.familyName };
  const words = person.name.trim().split(/\s+/);
  if (words.length < 2) return { literal: person.name.trim() };
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}

const year = (c: Citation) => c.date.getUTCFullYear();
const month = (c: Citation) => c.date.getUTCMonth();
const dayOf = (c: Citation) => c.date.getUTCDate();

/** "Tan, Alex" — family first, for the first Chicago author and for RIS and Highwire. */
export function invertedName(name: CitationName): string {
  if ('literal' in name) return name.literal;
  return name.given ? `${name.family}, ${name.given}` : name.family;
}

function directName(name: CitationName): string {
  if ('literal' in name) return name.literal;
  return name.given ? `${name.given} ${name.family}` : name.family;
}

/** "A", "A and B", "A, B, and C": names as a sentence joins them (APA's "&" for "and"). */
function inRunningText(names: readonly string[], and = 'and'): string {
  return names.length <= 2 ? names.join(` ${and} `) : `${names.slice(0, -1).join(', ')}, ${and} ${names.at(-1)}`;
}

function endWithPeriod(text: string): string {
  return /[.!?…]["”’)]*$/.test(text) ? text : `${text}.`;
}

/** The parts of a formatted reference; `container` is set in italics where markup allows. */
export interface FormattedCitation {
  before: string;
  container: string;
  after: string;
}

/** Plain text of a formatted reference, for copying. */
export function plainCitation(parts: FormattedCitation): string {
  return `${parts.before}${parts.container}${parts.after}`;
}

/** Chicago (17th ed., notes and bibliography), bibliography entry for a web article. */
export function chicago(c: Citation): FormattedCitation {
  const names = c.authors.map((a, i) => (i === 0 ? invertedName(a) : directName(a)));
  const authors =
    names.length <= 1
      ? (names[0] ?? '')
      : names.length === 2
        ? `${names[0]}, and ${names[1]}`
        : `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
  const date =
    c.precision === 'year'
      ? `${year(c)}`
      : c.precision === 'month'
        ? `${MONTHS[month(c)]} ${year(c)}`
        : `${MONTHS[month(c)]} ${dayOf(c)}, ${year(c)}`;
  const title = endWithPeriod(c.title);
  const translated = c.translators.length > 0 ? `Translated by ${inRunningText(c.translators.map(directName))}. ` : '';
  return {
    before: `${endWithPeriod(authors)} “${title}” ${translated}`,
    container: c.containerTitle,
    after: `. ${c.publisher}, ${date}. ${c.url}.`,
  };
}

function initials(given: string): string {
  return given
    .split(/\s+/)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${part.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
}

/** A translator as APA credits one: initials first ("K. Park"). */
function apaTranslator(name: CitationName): string {
  if ('literal' in name) return name.literal;
  return name.given ? `${initials(name.given)} ${name.family}` : name.family;
}

function apaName(name: CitationName): string {
  if ('literal' in name) return name.literal;
  return name.given ? `${name.family}, ${initials(name.given)}` : name.family;
}

/** APA (7th ed.) reference for a web article: the title is italic, the site follows it. */
export function apa(c: Citation): FormattedCitation {
  const names = c.authors.map(apaName);
  const authors =
    names.length <= 1
      ? (names[0] ?? '')
      : names.length === 2
        ? `${names[0]}, & ${names[1]}`
        : `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
  const date =
    c.precision === 'year'
      ? `${year(c)}`
      : c.precision === 'month'
        ? `${year(c)}, ${MONTHS[month(c)]}`
        : `${year(c)}, ${MONTHS[month(c)]} ${dayOf(c)}`;
  const translated = c.translators.length > 0 ? ` (${inRunningText(c.translators.map(apaTranslator), '&')}, Trans.)` : '';
  return {
    before: `${endWithPeriod(authors)} (${date}). `,
    container: c.title.replace(/[.]$/, ''),
    after: `${translated}. ${c.containerTitle}. ${c.url}`,
  };
}

/** Escapes text for a BibTeX field (UTF-8 is kept: biber and BibLaTeX read it). */
export function escapeBibtex(text: string): string {
  const commands: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
  return text
    .replace(/[\\~^{}&%$#_]/g, (char) => commands[char] ?? `\\${char}`)
    .replace(/\s+/g, ' ')
    .trim();
}

function bibtexName(name: CitationName): string {
  if ('literal' in name) return `{${escapeBibtex(name.literal)}}`;
  return name.given ? `${escapeBibtex(name.family)}, ${escapeBibtex(name.given)}` : escapeBibtex(name.family);
}

/** A citation key: first author's family name, year, first word of the title, in ASCII. */
export function citationKey(c: Citation): string {
  const first = c.authors[0];
  const author = first ? ('literal' in first ? first.literal : first.family) : 'anon';
  const ascii = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '');
  const word =
    c.title
      .split(/\s+/)
      .map(ascii)
      .find((w) => w.length > 3) ?? '';
  return `${ascii(author) || 'author'}${year(c)}${word}`;
}

/** BibTeX (BibLaTeX `@online`) entry. */
export function bibtex(c: Citation): string {
  const fields: Array<[string, string]> = [
    // Double braces keep the title's capitals ("New Zealand") from being lowered by styles.
    ['title', `{{${escapeBibtex(c.title)}}}`],
    ['author', `{${c.authors.map(bibtexName).join(' and ')}}`],
    ...(c.translators.length > 0 ? [['translator', `{${c.translators.map(bibtexName).join(' and ')}}`] as [string, string]] : []),
    ['year', `{${year(c)}}`],
  ];
  if (c.precision !== 'year') fields.push(['month', BIBTEX_MONTHS[month(c)]!]);
  if (c.precision === 'day') fields.push(['date', `{${c.date.toISOString().slice(0, 10)}}`]);
  fields.push(
    ['organization', `{${escapeBibtex(c.publisher)}}`],
    ['publisher', `{${escapeBibtex(c.publisher)}}`],
    ['howpublished', `{${escapeBibtex(c.containerTitle)}}`],
    ['url', `{${c.url}}`],
    ['language', `{${escapeBibtex(c.language)}}`],
    ['langid', `{${escapeBibtex(c.language)}}`],
    ['abstract', `{${escapeBibtex(c.abstract)}}`],
  );
  if (c.keywords.length > 0) fields.push(['keywords', `{${c.keywords.map(escapeBibtex).join(', ')}}`]);
  return `@online{${citationKey(c)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

/** RIS record (type ELEC, web page), CRLF line ends as the format asks. */
export function ris(c: Citation): string {
  const iso = c.date.toISOString().slice(0, 10).split('-');
  const da = c.precision === 'year' ? `${iso[0]}///` : c.precision === 'month' ? `${iso[0]}/${iso[1]}//` : `${iso[0]}/${iso[1]}/${iso[2]}/`;
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
  const lines = [
    line('TY', 'ELEC'),
    line('TI', c.title),
    ...c.authors.map((a) => line('AU', invertedName(a))),
    // A4 is the translator of a web page for Zotero's RIS translator (zotero/translators RIS.js).
    ...c.translators.map((a) => line('A4', invertedName(a))),
    line('PY', String(year(c))),
    line('DA', da),
    line('T2', c.containerTitle),
    line('PB', c.publisher),
    line('UR', c.url),
    line('LA', c.language),
    line('AB', c.abstract),
    ...c.keywords.map((k) => line('KW', k)),
    line('ID', c.id),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

const cslName = (a: CitationName) =>
  'literal' in a ? { literal: a.literal } : a.given ? { family: a.family, given: a.given } : { family: a.family };

/** CSL-JSON item (the format Zotero, Mendeley and Pandoc read). */
export function cslJson(c: Citation): Record<string, unknown> {
  const parts = [year(c), ...(c.precision === 'year' ? [] : [month(c) + 1]), ...(c.precision === 'day' ? [dayOf(c)] : [])];
  return {
    id: c.id,
    type: 'webpage',
    title: c.title,
    author: c.authors.map(cslName),
    ...(c.translators.length > 0 ? { translator: c.translators.map(cslName) } : {}),
    issued: { 'date-parts': [parts] },
    'container-title': c.containerTitle,
    publisher: c.publisher,
    URL: c.url,
    language: c.language,
    abstract: c.abstract,
    ...(c.keywords.length > 0 ? { keyword: c.keywords.join(', ') } : {}),
  };
}

/** Highwire Press date: "2025/09/01", "2025/09", "2025". */
export function highwireDate(c: Citation): string {
  const iso = c.date.toISOString().slice(0, 10).replace(/-/g, '/');
  return c.precision === 'year' ? iso.slice(0, 4) : c.precision === 'month' ? iso.slice(0, 7) : iso;
}

/** The text of an essay's three citation files, by extension (/essays/<id>.bib, .ris, .json). */
export function citationFiles(citation: Citation): Record<'bib' | 'ris' | 'json', string> {
  return { bib: bibtex(citation), ris: ris(citation), json: `${JSON.stringify([cslJson(citation)], null, 2)}\n` };
}
