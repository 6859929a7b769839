/**
 * Field fragments shared by the collection schemas. Every message here is read by
 * editors, so it says what is wrong and how to write it right, in plain words.
 */
import { z } from 'astro/zod';
import { COUNTRY_NAMES, isCountryCode } from '../schemas/countries.ts';
import { parseIsoDate } from './dates.ts';

/** The collections of the archive, in the order they are checked and documented. */
export const COLLECTION_NAMES = ['partners', 'people', 'topics', 'dialogues', 'essays', 'pages'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** An entry id: lowercase letters, digits and hyphens, optionally in subfolders. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/**
 * Marks a string field as a reference to another collection. The validator walks the
 * schemas for this metadata, so a new reference field needs no second declaration.
 */
export const referenceRegistry = z.registry<{ collection: CollectionName }>();

/**
 * What kind of value a field holds, beyond its type: editors' tools (the CMS configuration)
 * read this to offer a date picker, a country list or a file picker.
 */
export type FieldKind = 'date' | 'country' | 'language' | 'url' | 'file' | 'alias' | 'longText';
export const fieldKindRegistry = z.registry<{ kind: FieldKind }>();

function kindOf<T extends z.ZodType>(schema: T, kind: FieldKind): T {
  fieldKindRegistry.add(schema, { kind });
  return schema;
}

/** An id of an entry in `collection`; existence is checked across the whole archive. */
export function reference(collection: CollectionName) {
  const schema = z
    .string()
    .regex(ID_PATTERN, `must be the id of an entry in ${collection}/ (its file name without .md, e.g. "example-id")`);
  referenceRegistry.add(schema, { collection });
  return schema;
}

/** A list of distinct references to `collection`. */
export function references(collection: CollectionName, { min = 0 } = {}) {
  return z
    .array(reference(collection))
    .min(min, `must list at least ${min === 1 ? 'one' : min} id${min === 1 ? '' : 's'} from ${collection}/`)
    .superRefine(noRepeats);
}

/** Refinement for lists: each value at most once. */
export function noRepeats(values: readonly string[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) {
      ctx.addIssue({ code: 'custom', path: [index], message: `lists "${value}" twice` });
    }
    seen.add(value);
  });
}

const DATE_MESSAGE = 'must be a date written YYYY-MM-DD, for example 2025-07-14';

/**
 * A calendar date written `YYYY-MM-DD`, read as midnight UTC. Astro's YAML reader hands
 * over a Date, the archive's own validator a string; both end as the same Date.
 */
export function isoDate() {
  return kindOf(
    z.union([z.string(), z.date()], { error: DATE_MSG_FOR_TYPE }).transform((value, ctx) => {
      const date = parseIsoDate(value);
      if (!date) {
        ctx.issues.push({ code: 'custom', message: DATE_MESSAGE, input: value });
        return z.NEVER;
      }
      return date;
    }),
    'date',
  );
}
function DATE_MSG_FOR_TYPE(issue: { input?: unknown }) {
  return issue.input === undefined ? 'is required' : DATE_MESSAGE;
}

/** How much of a date is known: archives often know only the month or year of a meeting. */
export const datePrecision = z.enum(['day', 'month', 'year']).default('day');

/** ISO 3166-1 alpha-2 country code, uppercase, checked against the official list. */
export const countryCode = kindOf(
  z.string().transform((value, ctx) => {
    if (isCountryCode(value)) return value;
    ctx.issues.push({ code: 'custom', message: describeBadCountry(value), input: value });
    return z.NEVER;
  }),
  'country',
);

/** Codes people commonly type for a country whose ISO code differs. */
const COUNTRY_MISTAKES: Record<string, string> = { UK: 'GB', EL: 'GR', EN: 'GB' };

function describeBadCountry(value: string): string {
  const base = `"${value}" is not an ISO 3166-1 alpha-2 country code`;
  const upper = value.trim().toUpperCase();
  if (isCountryCode(upper)) return `${base}; write it in capitals: "${upper}"`;
  const mapped = COUNTRY_MISTAKES[upper];
  if (mapped && isCountryCode(mapped)) return `${base}; did you mean "${mapped}" (${COUNTRY_NAMES[mapped]})?`;
  const byName = Object.entries(COUNTRY_NAMES)
    .filter(([, name]) => value.length > 2 && name.toLowerCase().includes(value.trim().toLowerCase()))
    .slice(0, 3)
    .map(([code, name]) => `"${code}" (${name})`);
  if (byName.length > 0) return `${base}; did you mean ${byName.join(' or ')}?`;
  return `${base} (two capital letters, e.g. "NZ" for New Zealand)`;
}

/** Language subtags that are really country codes typed by mistake. */
const LANGUAGE_MISTAKES: Record<string, string> = {
  kr: 'ko',
  jp: 'ja',
  vn: 'vi',
  cn: 'zh',
  tw: 'zh-Hant',
  cz: 'cs',
  dk: 'da',
  gr: 'el',
  ua: 'uk',
};
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A BCP 47 language tag (`en`, `ko`, `zh-Hant`, `vi`), stored in its canonical form. */
export const languageTag = kindOf(
  z.string().transform((value, ctx) => {
    const primary = value.split('-')[0]?.toLowerCase() ?? '';
    const fix = LANGUAGE_MISTAKES[primary];
    if (fix) {
      ctx.issues.push({ code: 'custom', message: `"${value}" is not the language code you want; did you mean "${fix}"?`, input: value });
      return z.NEVER;
    }
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(value)[0];
    } catch {
      canonical = undefined;
    }
    if (!canonical || !languageNames.of(canonical.split('-')[0] ?? '')) {
      ctx.issues.push({
        code: 'custom',
        message: `"${value}" is not a BCP 47 language tag (e.g. "en", "ko", "ja", "zh-Hant", "vi")`,
        input: value,
      });
      return z.NEVER;
    }
    return canonical;
  }),
  'language',
);

/** An absolute http(s) URL. */
export const webUrl = kindOf(
  z
    .string()
    .refine(
      (value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol),
      'must be a full web address starting with https:// (or http://)',
    ),
  'url',
);

/** Non-empty text on one line (titles, names). */
export function text(max?: number) {
  const base = z.string().trim().min(1, 'must not be empty');
  return max === undefined ? base : base.max(max, `must be at most ${max} characters`);
}

/**
 * A path relative to the entry's file: no leading slash, no web address, forward slashes.
 * The validator checks that the file exists.
 */
export const relativeFile = kindOf(
  z
    .string()
    .refine(
      (value) => value.length > 0 && !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('/') && !value.includes('\\'),
      'must be a path relative to this file, like "./report.pdf" (no web address, no leading /)',
    ),
  'file',
);

/** An old URL path of the page (from a previous site) that must keep working. */
export const aliasPath = kindOf(
  z.string().superRefine((value, ctx) => {
    const problem = aliasProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  }),
  'alias',
);

/**
 * What is wrong with the form of an old address, if anything. Each one becomes a file of the
 * built site at that path, so it must be a plain path: no encoded characters (a "%2e" is a
 * dot to a web server and a file name to the build), no dot segments or hidden names, no parts
 * longer than a file name can be.
 */
export function aliasProblem(value: string): string | undefined {
  if (!value.startsWith('/')) return `must be a path on this site starting with "/", like "/news/old-title/"`;
  if (/[?#]/.test(value)) return 'must be a path only, without "?" or "#" parts';
  if (value === '/') return 'cannot be the home page "/"';
  if (value.includes('%')) return 'must not contain encoded characters such as "%2e"; write the path with plain letters and digits';
  if (value.includes('\\')) return 'must separate its parts with "/", not "\\"';
  const segments = value.split('/');
  if (segments.some((segment) => segment === '.' || segment === '..')) return 'must not contain "." or ".." segments';
  if (value.includes('//')) return 'must not contain "//"';
  if (segments.some((segment) => segment.startsWith('.'))) {
    return 'must not contain a part starting with "." (web servers keep such names hidden)';
  }
  if (!/^[A-Za-z0-9/._~-]+$/.test(value)) return 'may only contain letters, digits and / . _ ~ -';
  if (value.length > 500 || segments.some((segment) => segment.length > 200)) {
    return 'is too long to be a file of the site (at most 200 characters between slashes, 500 in all)';
  }
  return undefined;
}

/**
 * For cross-field checks: run them even when another field already failed, so an editor
 * sees every problem of a file in one go (Zod skips refinements after the first by default).
 */
export const everyField = (): boolean => true;
