/**
 * Checks the whole content folder against the editors' contract (docs/content-model.md) and
 * reports every problem at once, each with its file, line, column and field. The site build
 * runs this before Astro reads any content, because Astro stops at the first bad file, cannot
 * say where in it, and lets a reference to a missing entry through.
 *
 * This module reads the folder and runs the checks in order; each kind of check is a module of
 * its own in checks/.
 */
import { existsSync, statSync } from 'node:fs';
import { extensionOf } from '../lib/files.ts';
import { closest } from '../lib/suggest.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { checkAdvice } from './checks/advice.ts';
import { checkAliases } from './checks/aliases.ts';
import { checkBodies } from './checks/bodies.ts';
import { checkBodyFiles } from './checks/body-files.ts';
import { checkFiles } from './checks/files.ts';
import { checkDuplicateIds, checkIdForm, checkReservedIds } from './checks/ids.ts';
import { checkMdx } from './checks/mdx.ts';
import { checkReferences } from './checks/references.ts';
import { checkSchema } from './checks/schema.ts';
import { checkSizes } from './checks/sizes.ts';
import { checkSymlinks } from './checks/symlinks.ts';
import { checkText } from './checks/text.ts';
import { checkTranslations } from './checks/translations.ts';
import { contentRoot } from './containment.ts';
import { readSource, textProblems, type ReadFile } from './reading.ts';
import { lineStarts, listFiles, parseYaml, positionAt, splitFrontmatter } from './source.ts';
import type { Candidate, Problem, Reporter, Severity, ValidationResult } from './types.ts';

export type { Problem, ValidationResult } from './types.ts';

/** What the check needs beside the content folder. */
export interface ValidationOptions {
  /** The site's public/ folder: its files are published as they are, so no old address may take theirs. */
  publicDir?: string;
  /**
   * The build day (midnight UTC), which decides which essays are published: a published page
   * may not link to one that is not. The caller passes it (src/config.ts `today()`); without
   * it, links are not checked against what is published.
   */
  today?: Date;
}

export function validateContent(contentDir: string, { publicDir, today }: ValidationOptions = {}): ValidationResult {
  const problems: Problem[] = [];
  const report = (file: string, line: number, column: number, field: string, message: string, severity: Severity = 'error') =>
    problems.push({ file, line, column, field, message, severity });

  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    report('.', 1, 1, 'folder', `the content folder ${contentDir} does not exist`);
    return { problems, entries: [], fileCount: 0 };
  }

  const root = contentRoot(contentDir);
  // Links out of the folder are refused before anything is read through them.
  const refusedLinks = checkSymlinks(root, report);
  const candidates: Candidate[] = [];
  const unknownFolders = new Set<string>();
  let fileCount = 0;

  for (const file of listFiles(contentDir)) {
    if (refusedLinks.has(file)) continue;
    const segments = file.split('/');
    if (segments.length === 1) continue; // files beside the collection folders (a README) are not content
    const folder = segments[0]!;
    if (folder.startsWith('_')) continue;
    if (!(COLLECTION_NAMES as readonly string[]).includes(folder)) {
      if (!unknownFolders.has(folder)) {
        unknownFolders.add(folder);
        const guess = closest(folder, COLLECTION_NAMES, { max: 1 })[0];
        report(
          `${folder}/`,
          1,
          1,
          'folder',
          `is not a collection folder${guess ? `; did you mean "${guess}/"?` : ''} (the folders are: ${COLLECTION_NAMES.join(', ')})`,
        );
      }
      continue;
    }
    const collection = folder as CollectionName;
    const inner = segments.slice(1);
    if (inner.some((segment) => segment.startsWith('_'))) continue;
    const spec = COLLECTIONS[collection];
    const extension = `.${extensionOf(file)}`;
    if (!spec.extensions.includes(extension)) {
      if (['.md', '.mdx', '.markdown', '.mdown'].includes(extension)) {
        fileCount += 1;
        report(
          file,
          1,
          1,
          'file',
          `${collection}/ takes ${spec.extensions.join(' and ')} files; rename it to end in ${spec.extensions[0]}`,
        );
      }
      continue; // images and attachments live beside the entries
    }
    fileCount += 1;
    candidates.push(inspectFile(collection, inner.join('/').slice(0, -extension.length), readSource(contentDir, file), report));
  }

  checkDuplicateIds(candidates, report);
  checkReservedIds(candidates, report);
  checkReferences(candidates, report);
  checkTranslations(candidates, report);
  checkFiles(candidates, root, report);
  checkSizes(candidates, contentDir, report);
  checkAliases(candidates, report, { publicFiles: publicDir ? listFiles(publicDir) : [] });
  checkBodies(candidates, report);
  checkBodyFiles(candidates, root, today, report);
  checkMdx(candidates, report);
  checkText(candidates, report);
  checkAdvice(candidates, report);

  problems.sort(byPosition);
  const entries = candidates
    .filter((c): c is Candidate & { data: Record<string, unknown> } => c.data !== undefined)
    .map(({ collection, id, file, absolutePath, version, data, body }) => ({ collection, id, file, absolutePath, version, data, body }));
  return { problems, entries, fileCount };
}

/** Problems in reading order: by file, then line, then column. */
function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field);
}

/**
 * Reads one file: its name, its text, frontmatter syntax and schema. Cross-file checks come
 * later. Whatever goes wrong inside is this file's problem, reported at its place; the other
 * files are still checked.
 */
function inspectFile(collection: CollectionName, id: string, source: ReadFile, report: Reporter): Candidate {
  const { file, absolutePath, text, version } = source;
  const split = splitFrontmatter(text);
  const starts = lineStarts(text);
  const candidate: Candidate = {
    collection,
    id,
    file,
    absolutePath,
    version,
    starts,
    yamlOffset: split.yamlOffset,
    bodyOffset: split.bodyOffset,
    body: split.body,
  };
  checkIdForm(candidate, report);
  for (const problem of source.problems) report(file, problem.line, problem.column, 'file', problem.message);
  if (!source.read) return candidate;
  try {
    inspectFields(candidate, split, report);
  } catch (error) {
    report(file, 1, 1, 'file', `could not be checked (${String(error)}); please report this to the site's developers`);
  }
  return candidate;
}

/** The frontmatter of a file: YAML syntax, then the collection's schema. */
function inspectFields(candidate: Candidate, split: ReturnType<typeof splitFrontmatter>, report: Reporter) {
  const { file, starts } = candidate;
  if (split.problem) {
    const pos = positionAt(starts, split.problem.offset);
    report(file, pos.line, pos.column, 'frontmatter', split.problem.message);
    return;
  }
  const parsed = parseYaml(split.yaml ?? '');
  candidate.doc = parsed.doc;
  for (const error of parsed.errors) {
    const pos = positionAt(starts, split.yamlOffset + error.offset);
    report(file, pos.line, pos.column, 'frontmatter', error.message);
  }
  if (parsed.errors.length > 0) return;
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    report(file, 2, 1, 'frontmatter', 'must be a list of fields, one "name: value" per line');
    return;
  }
  candidate.input = parsed.data as Record<string, unknown>;
  checkSchema(candidate, candidate.input, report);
}

/**
 * Checks the text of one file on its own (syntax, schema, raw HTML), without the rest of
 * the folder: what an editor's tool or a unit test needs.
 */
export function validateFileText(
  collection: CollectionName,
  file: string,
  text: string,
): { problems: Problem[]; data?: Record<string, unknown> } {
  const problems: Problem[] = [];
  const report: Reporter = (f, line, column, field, message, severity = 'error') =>
    problems.push({ file: f, line, column, field, message, severity });
  const id = file.replace(/^[^/]+\//, '').replace(/\.mdx?$/, '');
  const bytes = new TextEncoder().encode(text);
  const source = { file, absolutePath: file, text, version: '', problems: textProblems(bytes, text), read: true };
  const candidate = inspectFile(collection, id, source, report);
  checkBodies([candidate], report);
  checkMdx([candidate], report);
  checkText([candidate], report);
  problems.sort(byPosition);
  return { problems, ...(candidate.data ? { data: candidate.data } : {}) };
}
