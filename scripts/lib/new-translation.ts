/**
 * `npm run new -- translation <essay id> --lang ko`: the file of a new language version of an
 * essay, beside the original (`essays/<id>-<lang>.md`), with what the versions share carried
 * over (authors, dialogue, topics, countries, image), what must be translated left as
 * placeholders that the content check points out, the original's words beside them in
 * comments, and `draft: true`. Everything the content check would refuse about the new
 * version is refused here first, with nothing written.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from '../../src/lib/suggest.ts';
import { languageTag } from '../../src/schemas/fields.ts';
import type { ValidatedEntry } from '../../src/validation/types.ts';
import { fields } from './new-entry.ts';

export interface TranslationRequest {
  contentDir: string;
  /** The essay to translate: its id ("2026/korean-essay"), or its file ("essays/2026/korean-essay.md"). */
  essay: string;
  /** The language of the translation, a BCP 47 tag. */
  lang: string;
  /** YYYY-MM-DD: when the translation is to be published. */
  date: string;
  /** Person ids of the translators, if known. */
  translators: readonly string[];
  /** The content folder's essays (every file, published or not) as the content check read them. */
  entries: readonly ValidatedEntry[];
  /** Ids of every essay file, valid or not. */
  essayIds: readonly string[];
}

export type TranslationPlan = { ok: true; id: string; file: string; text: string } | { ok: false; message: string };

/** "essays/2026/x.md", "2026/x.mdx", "2026/x" → "2026/x". */
function essayId(given: string): string {
  return given
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(?:.*\/)?essays\//, '')
    .replace(/\.mdx?$/, '');
}

const sameLanguage = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** `line` with a note for the translator after it, the notes of a file in one column. */
const noted = (line: string, note: string) => `${line.padEnd(34)} # ${note}`;

/** A comment line holding `text` on one line. */
const comment = (label: string, text: unknown) => `# ${label}: ${String(text).replace(/\s+/g, ' ').trim()}`;

/** The new version's file, or why there is none. */
export function planTranslation(request: TranslationRequest): TranslationPlan {
  const fail = (message: string): TranslationPlan => ({ ok: false, message });
  const parsed = languageTag.safeParse(request.lang);
  if (!parsed.success) return fail(`--lang: ${parsed.error.issues[0]?.message ?? `"${request.lang}" is not a language tag`}`);
  const lang = parsed.data;

  const id = essayId(request.essay);
  if (!request.essayIds.includes(id)) {
    const near = closest(id, request.essayIds);
    return fail(
      `There is no essay "${id}" (essays/${id}.md)` +
        (near.length > 0
          ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`
          : `. An essay's id is its file under essays/, without .md: "2026/my-essay" for essays/2026/my-essay.md.`),
    );
  }
  const essays = request.entries.filter((entry) => entry.collection === 'essays');
  const original = essays.find((entry) => entry.id === id);
  if (!original) return fail(`essays/${id} has problems the content check reports; fix them first (npm run check:content).`);
  const data = original.data as Record<string, unknown> & { lang: string; translationOf?: string };
  if (data.translationOf !== undefined) {
    return fail(
      `"${id}" is itself a translation, of "${data.translationOf}": every version translates the original. ` +
        `Run: npm run new -- translation ${data.translationOf} --lang ${lang}`,
    );
  }
  if (sameLanguage(data.lang, lang)) {
    return fail(`"${id}" is the original, and is in ${data.lang} already (${original.file}); a translation is in another language.`);
  }
  const twin = essays.find((entry) => entry.data.translationOf === id && sameLanguage(String(entry.data.lang), lang));
  if (twin) return fail(`"${id}" already has a version in ${String(twin.data.lang)}: ${twin.file}. A work has one version per language.`);

  const newId = `${id}-${lang.toLowerCase()}`;
  const file = `essays/${newId}.md`;
  for (const existing of [file, `essays/${newId}.mdx`]) {
    if (existsSync(join(request.contentDir, existing))) {
      return fail(`${existing} already exists and is not a version of "${id}"; rename it, or name the translation's file yourself.`);
    }
  }
  return { ok: true, id: newId, file, text: translationText(original, lang, request) };
}

function translationText(original: ValidatedEntry, lang: string, { date, translators }: TranslationRequest): string {
  const data = original.data as Record<string, unknown>;
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as unknown[]) : []);
  const image = data.image as { src: string; alt: string; caption?: string; credit?: string } | undefined;
  const attachments = list('attachments') as Array<{ title: string; file: string }>;
  const lines = [
    '---',
    `# The ${lang} version of ${original.file}. Translate the title, the description, the image's`,
    '# words and the text, credit the translators, then delete `draft: true` to publish it.',
    fields({ title: 'TODO: translate the title' }),
    comment("the original's title", data.title),
    fields({ description: 'TODO: translate the description (at most 300 characters)' }),
    comment("the original's description", data.description),
    fields({ translationOf: original.id, lang }),
    translators.length > 0 ? fields({ translators }) : noted('translators: []', 'person ids of the translators, e.g. [kim-min-ji]'),
    noted(fields({ pubDate: date }), "this version's own date: a later one schedules it"),
    fields({ authors: list('authors') }),
    ...(data.dialogue ? [fields({ dialogue: data.dialogue })] : []),
    ...(list('topics').length > 0 ? [fields({ topics: list('topics') })] : []),
    ...(list('countries').length > 0 ? [fields({ countries: list('countries') })] : []),
    ...(image
      ? [
          noted('image:', "the original's; translate alt and caption"),
          ...fields({ src: image.src, alt: image.alt, ...(image.caption ? { caption: image.caption } : {}) })
            .split('\n')
            .map((line) => `  ${line}`),
          ...(image.credit ? [`  ${fields({ credit: image.credit })}`] : []),
        ]
      : []),
    ...(attachments.length > 0
      ? [
          noted('# attachments:', "the original's downloads; uncomment to offer them here too"),
          ...attachments.flatMap((a) => [`#   - ${fields({ title: a.title })}`, `#     ${fields({ file: a.file })}`]),
        ]
      : []),
    noted('draft: true', 'delete this line to publish'),
    '---',
    '',
    `TODO: translate the text of ${original.file} here.`,
    '',
  ];
  return lines.join('\n');
}
