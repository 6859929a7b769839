/**
 * Translations: an essay that names `translationOf` is a version of that original, in a
 * language of its own. The original must exist (checks/references.ts says so when it does
 * not), must not itself be a translation (no chains: every version names the original), and
 * no two versions of one work may share a language.
 */
import { at, fieldsOf, type Candidate, type Reporter } from '../types.ts';

interface Version {
  candidate: Candidate;
  lang: string;
  translationOf: string | undefined;
}

function versionOf(candidate: Candidate): Version | undefined {
  const fields = fieldsOf(candidate);
  if (!fields) return undefined;
  const lang = typeof fields.lang === 'string' ? fields.lang : 'en';
  const translationOf = typeof fields.translationOf === 'string' ? fields.translationOf : undefined;
  return { candidate, lang, translationOf };
}

/** The same language, whatever the letter case the editor wrote it in. */
const sameLanguage = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function checkTranslations(candidates: Candidate[], report: Reporter) {
  const essays = new Map<string, Version>();
  for (const candidate of candidates) {
    if (candidate.collection !== 'essays') continue;
    const version = versionOf(candidate);
    if (version) essays.set(candidate.id, version);
  }
  const translationsOf = new Map<string, Version[]>();
  for (const version of essays.values()) {
    const { candidate, translationOf } = version;
    if (translationOf === undefined) continue;
    const where = at(candidate, ['translationOf']);
    if (translationOf === candidate.id) {
      report(
        candidate.file,
        where.line,
        where.column,
        'translationOf',
        'names this essay itself; name the original this essay translates, or remove the field',
      );
      continue;
    }
    const original = essays.get(translationOf);
    if (!original) continue; // a missing id is reported by the references check
    if (original.translationOf !== undefined) {
      report(
        candidate.file,
        where.line,
        where.column,
        'translationOf',
        `names "${translationOf}", which is itself a translation of "${original.translationOf}"; name the original, "${original.translationOf}", so every version points to it`,
      );
      continue;
    }
    const list = translationsOf.get(translationOf);
    if (list) list.push(version);
    else translationsOf.set(translationOf, [version]);
  }
  for (const [originalId, translations] of translationsOf) {
    const original = essays.get(originalId)!;
    for (const translation of translations) {
      const { candidate, lang } = translation;
      const written = candidate.input !== undefined && 'lang' in candidate.input;
      const where = at(candidate, [written ? 'lang' : 'translationOf']);
      // Without lang an essay is English: say so, or "is en" reads as something the editor wrote.
      const is = written ? `is "${lang}"` : `is not set, so the essay counts as "${lang}"`;
      if (sameLanguage(lang, original.lang)) {
        report(
          candidate.file,
          where.line,
          where.column,
          'lang',
          `${is}, the language of the original, ${original.candidate.file}; a translation is in another language: set lang to the language it is written in`,
        );
        continue;
      }
      const twins = translations.filter((other) => other !== translation && sameLanguage(other.lang, lang));
      if (twins.length > 0) {
        report(
          candidate.file,
          where.line,
          where.column,
          'lang',
          `${is}, as is ${twins.map((twin) => twin.candidate.file).join(', ')}, another translation of "${originalId}": a work has one version per language; merge them, or correct the language`,
        );
      }
    }
  }
}
