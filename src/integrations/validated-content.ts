/**
 * The content folder as validated at the start of a build, read once and shared by the
 * integrations that need it (the content check, the search index, the citation files), and
 * the published archive built from it with the same rule as the pages (lib/archive.ts).
 */
import {
  buildArchive,
  type DialogueRecord,
  type EssayRecord,
  type PageRecord,
  type PartnerRecord,
  type PersonRecord,
  type TopicRecord,
} from '../lib/archive.ts';
import { SETTINGS } from '../config.ts';
import { offerValidated } from '../build/validated-handoff.ts';
import { today } from '../config.ts';
import { validateContent, type ValidationResult } from '../validation/validate.ts';

const results = new Map<string, ValidationResult>();

export function validatedContent(folder: string): ValidationResult {
  let result = results.get(folder);
  if (!result) {
    result = validateContent(folder, { publicDir: SETTINGS.publicDir, today: today() });
    results.set(folder, result);
    // Astro's loaders take these entries instead of parsing them again (build/validated-handoff.ts).
    offerValidated(result.entries);
  }
  return result;
}

const archives = new WeakMap<ValidationResult, { day: number; archive: ReturnType<typeof buildPublished> }>();

/**
 * The published archive of a validated folder on `day` (drafts and scheduled essays left out),
 * built once for the integrations that share it (the search index, the citation files).
 */
export function publishedArchive(result: ValidationResult, day: Date) {
  let built = archives.get(result);
  if (built?.day !== day.getTime()) {
    built = { day: day.getTime(), archive: buildPublished(result, day) };
    archives.set(result, built);
  }
  return built.archive;
}

function buildPublished(result: ValidationResult, day: Date) {
  const of = <T>(collection: string) => result.entries.filter((e) => e.collection === collection) as unknown as T[];
  return buildArchive(
    {
      essays: of<EssayRecord>('essays'),
      dialogues: of<DialogueRecord>('dialogues'),
      partners: of<PartnerRecord>('partners'),
      people: of<PersonRecord>('people'),
      topics: of<TopicRecord>('topics'),
      pages: of<PageRecord>('pages'),
    },
    { today: day, includeUnpublished: false },
  );
}
