/**
 * Checks the whole content folder against the editors' contract (docs/content-model.md) and
 * reports every problem at once, each with its file, line, column and field. The site build
 * runs this before Astro reads any content, because Astro stops at the first bad file, cannot
 * say where in it, and lets a reference to a missing entry through.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Document } from 'yaml';
import { attachmentType, extensionOf, IMAGE_EXTENSIONS } from '../lib/files.ts';
import { findRawHtml } from '../lib/raw-html.ts';
import { closest } from '../lib/suggest.ts';
import { aliasOutputFile, entryPath, RESERVED_PAGE_IDS } from '../lib/urls.ts';
import { COLLECTION_NAMES, COLLECTIONS, ID_PATTERN, type CollectionName } from '../schemas/index.ts';
import { describeIssue, describeUnknownKey, fieldLabel } from './issues.ts';
import { fieldsAt, referenceFields, valuesAt } from './schema-walk.ts';
import { lineStarts, listFiles, nodeOffset, parseYaml, positionAt, readSource, splitFrontmatter, type SourceFile } from './source.ts';

export type Severity = 'error' | 'warning';

/** One thing wrong in one file. */
export interface Problem {
  /** Path relative to the content folder, forward slashes. */
  file: string;
  line: number;
  column: number;
  /** Field path ("authors[1]"), or "file" for problems with the file itself. */
  field: string;
  message: string;
  severity: Severity;
}

/** An entry whose frontmatter passed its schema. */
export interface ValidatedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  absolutePath: string;
  /** Frontmatter after the schema (defaults applied, dates as Date). */
  data: Record<string, unknown>;
  body: string;
  /** The file's size and modification time when it was read (source.ts fileVersion). */
  version: string;
}

export interface ValidationResult {
  problems: Problem[];
  entries: ValidatedEntry[];
  /** Number of content files examined. */
  fileCount: number;
}

/** A content file on its way through the checks. */
interface Candidate {
  collection: CollectionName;
  id: string;
  file: string;
  absolutePath: string;
  version: string;
  starts: number[];
  yamlOffset: number;
  bodyOffset: number;
  body: string;
  doc?: Document;
  /** Frontmatter as written (when it is valid YAML). */
  input?: Record<string, unknown>;
  /** Frontmatter after the schema, when it passed. */
  data?: Record<string, unknown>;
}

/**
 * The fields to run cross-file checks on: the schema's output when the file passed it, else
 * what was written, so a file with one mistake still has its references and files checked.
 */
function fieldsOf(candidate: Candidate): Record<string, unknown> | undefined {
  return candidate.data ?? candidate.input;
}

const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function validateContent(contentDir: string): ValidationResult {
  const problems: Problem[] = [];
  const report = (file: string, line: number, column: number, field: string, message: string, severity: Severity = 'error') =>
    problems.push({ file, line, column, field, message, severity });

  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    report('.', 1, 1, 'folder', `the content folder ${contentDir} does not exist`);
    return { problems, entries: [], fileCount: 0 };
  }

  const candidates: Candidate[] = [];
  const unknownFolders = new Set<string>();
  let fileCount = 0;

  for (const file of listFiles(contentDir)) {
    const segments = file.split('/');
    if (segments.length === 1) continue; // files beside the collection folders (a README) are not content
    const folder = segments[0]!;
    if (folder.startsWith('_')) continue;
    if (!(COLLECTION_NAMES as readonly string[]).includes(folder)) {
      if (!unknownFolders.has(folder)) {
        unknownFolders.add(folder);
        const guess = closest(folder, COLLECTION_NAMES, { max: 1 })[0];
        report(`${folder}/`, 1, 1, 'folder', `is not a collection folder${guess ? `; did you mean "${guess}/"?` : ''} (the folders are: ${COLLECTION_NAMES.join(', ')})`);
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
        report(file, 1, 1, 'file', `${collection}/ takes ${spec.extensions.join(' and ')} files; rename it to end in ${spec.extensions[0]}`);
      }
      continue; // images and attachments live beside the entries
    }
    fileCount += 1;
    const source = readSource(contentDir, file);
    candidates.push(inspectFile(collection, inner.join('/').slice(0, -extension.length), source, report));
  }

  checkDuplicateIds(candidates, report);
  checkReservedIds(candidates, report);
  checkReferences(candidates, report);
  checkFiles(candidates, contentDir, report);
  checkAliases(candidates, report);
  checkBodies(candidates, report);
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

type Reporter = (file: string, line: number, column: number, field: string, message: string, severity?: Severity) => void;

/** Reads one file: its name, frontmatter syntax and schema. Cross-file checks come later. */
function inspectFile(collection: CollectionName, id: string, { file, absolutePath, text, version }: SourceFile, report: Reporter): Candidate {
  const split = splitFrontmatter(text);
  const starts = lineStarts(text);
  const candidate: Candidate = { collection, id, file, absolutePath, version, starts, yamlOffset: split.yamlOffset, bodyOffset: split.bodyOffset, body: split.body };
  if (!ID_PATTERN.test(id)) {
    const extension = file.slice(file.lastIndexOf('.'));
    report(file, 1, 1, 'file', `file name must use only lowercase letters, digits and hyphens (id "${id}"); rename it to "${suggestFileName(id.split('/'), extension)}"`);
  }
  if (split.problem) {
    const pos = positionAt(starts, split.problem.offset);
    report(file, pos.line, pos.column, 'frontmatter', split.problem.message);
    return candidate;
  }
  const parsed = parseYaml(split.yaml ?? '');
  candidate.doc = parsed.doc;
  for (const error of parsed.errors) {
    const pos = positionAt(starts, split.yamlOffset + error.offset);
    report(file, pos.line, pos.column, 'frontmatter', error.message);
  }
  if (parsed.errors.length > 0) return candidate;
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    report(file, 2, 1, 'frontmatter', 'must be a list of fields, one "name: value" per line');
    return candidate;
  }
  candidate.input = parsed.data as Record<string, unknown>;
  checkSchema(candidate, candidate.input, report);
  return candidate;
}

/**
 * Checks the text of one file on its own (syntax, schema, raw HTML), without the rest of
 * the folder: what an editor's tool or a unit test needs.
 */
export function validateFileText(collection: CollectionName, file: string, text: string): { problems: Problem[]; data?: Record<string, unknown> } {
  const problems: Problem[] = [];
  const report: Reporter = (f, line, column, field, message, severity = 'error') => problems.push({ file: f, line, column, field, message, severity });
  const id = file.replace(/^[^/]+\//, '').replace(/\.mdx?$/, '');
  const candidate = inspectFile(collection, id, { file, absolutePath: file, text, version: '' }, report);
  checkBodies([candidate], report);
  problems.sort(byPosition);
  return { problems, ...(candidate.data ? { data: candidate.data } : {}) };
}

function at(candidate: Candidate, path: readonly PropertyKey[], options?: { key?: boolean }) {
  if (!candidate.doc) return { line: 1, column: 1 };
  return positionAt(candidate.starts, candidate.yamlOffset + nodeOffset(candidate.doc, path, options));
}

function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function checkSchema(candidate: Candidate, input: Record<string, unknown>, report: Reporter) {
  const { schema, noun } = COLLECTIONS[candidate.collection];
  const result = schema.safeParse(input);
  if (result.success) {
    candidate.data = result.data as Record<string, unknown>;
    return;
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldsAt(schema, issue.path);
      const where = issue.path.length === 0 ? `a${/^[aeiou]/.test(noun) ? 'n' : ''} ${noun}` : `"${fieldLabel(issue.path)}"`;
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const pos = at(candidate, path, { key: true });
        report(candidate.file, pos.line, pos.column, fieldLabel(path), describeUnknownKey(key, allowed, where));
      }
      continue;
    }
    const value = getAt(input, issue.path);
    // A missing field is reported where it belongs: at its parent, or the opening "---".
    const pos = value === undefined ? (issue.path.length > 1 ? at(candidate, issue.path.slice(0, -1), { key: true }) : { line: 1, column: 1 }) : at(candidate, issue.path);
    report(candidate.file, pos.line, pos.column, fieldLabel(issue.path), describeIssue(issue, value));
  }
}

function checkDuplicateIds(candidates: Candidate[], report: Reporter) {
  const byId = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const key = `${candidate.collection}/${candidate.id}`;
    byId.set(key, [...(byId.get(key) ?? []), candidate]);
  }
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    for (const candidate of group) {
      const others = group.filter((other) => other !== candidate).map((other) => other.file);
      report(candidate.file, 1, 1, 'file', `has the same id "${candidate.id}" as ${others.join(', ')}; rename one of them`);
    }
  }
}

function checkReservedIds(candidates: Candidate[], report: Reporter) {
  for (const candidate of candidates) {
    if (candidate.collection === 'pages') {
      const top = candidate.id.split('/')[0]!;
      if ((RESERVED_PAGE_IDS as readonly string[]).includes(top)) {
        report(candidate.file, 1, 1, 'file', `a page cannot be called "${top}": the site uses /${top}/ already; rename the file`);
      }
    }
    if (candidate.collection === 'essays' && candidate.id.split('/')[0] === 'page') {
      report(candidate.file, 1, 1, 'file', 'an essay id cannot start with "page/": /essays/page/… holds the pages of the essay list; rename the folder');
    }
  }
}

function checkReferences(candidates: Candidate[], report: Reporter) {
  const ids = new Map<CollectionName, Set<string>>(COLLECTION_NAMES.map((name) => [name, new Set<string>()]));
  for (const candidate of candidates) ids.get(candidate.collection)!.add(candidate.id);
  for (const candidate of candidates) {
    const fields = fieldsOf(candidate);
    if (!fields) continue;
    for (const field of referenceFields(COLLECTIONS[candidate.collection].schema)) {
      const known = ids.get(field.collection)!;
      for (const { path, value } of valuesAt(fields, field.path)) {
            if (typeof value !== 'string' || !ID_PATTERN.test(value) || known.has(value)) continue;
        const near = closest(value, known);
        const hint = near.length > 0 ? `did you mean ${near.map((id) => `"${id}"`).join(' or ')}?` : `no file in ${field.collection}/ has a similar id`;
        const pos = at(candidate, path);
        report(candidate.file, pos.line, pos.column, fieldLabel(path), `refers to "${value}", but there is no ${field.collection}/${value}.md; ${hint}`);
      }
    }
  }
}

function insideFolder(folder: string, target: string): boolean {
  const rel = relative(folder, target);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}

function checkFiles(candidates: Candidate[], contentDir: string, report: Reporter) {
  for (const candidate of candidates) {
    const fields = fieldsOf(candidate);
    if (candidate.collection !== 'essays' || !fields) continue;
    const here = dirname(candidate.absolutePath);
    const image = fields.image as { src?: unknown } | undefined;
    if (image && typeof image.src === 'string') {
      const target = resolve(here, image.src);
      const pos = at(candidate, ['image', 'src']);
      if (!insideFolder(contentDir, target)) report(candidate.file, pos.line, pos.column, 'image.src', 'must point to a file inside the content folder');
      else if (!existsSync(target)) report(candidate.file, pos.line, pos.column, 'image.src', `file "${image.src}" not found next to this essay`);
      else if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extensionOf(target))) {
        report(candidate.file, pos.line, pos.column, 'image.src', `must be an image file (${IMAGE_EXTENSIONS.join(', ')})`);
      }
    }
    const attachments = Array.isArray(fields.attachments) ? (fields.attachments as Array<{ file?: unknown }>) : [];
    const names = new Map<string, number>();
    attachments.forEach((attachment, index) => {
      if (typeof attachment?.file !== 'string') return undefined;
      const path = ['attachments', index, 'file'];
      const pos = at(candidate, path);
      const label = fieldLabel(path);
      const file = attachment.file;
      const target = resolve(here, file);
      const name = file.split('/').pop() ?? '';
      if (!insideFolder(contentDir, target)) return report(candidate.file, pos.line, pos.column, label, 'must point to a file inside the content folder');
      if (!existsSync(target) || !statSync(target).isFile()) return report(candidate.file, pos.line, pos.column, label, `file "${file}" not found next to this essay`);
      if (!attachmentType(name)) {
        return report(candidate.file, pos.line, pos.column, label, `"${name}" is not a file type the archive offers for download (use PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, EPUB, ZIP, JPEG, PNG, WebP or MP3)`);
      }
      if (!SAFE_FILE_NAME.test(name)) {
        return report(candidate.file, pos.line, pos.column, label, `file name "${name}" becomes part of a web address: use only letters, digits, ".", "_" and "-" (e.g. "${suggestSafeName(name)}")`);
      }
      const first = names.get(name);
      if (first !== undefined) return report(candidate.file, pos.line, pos.column, label, `has the same file name as attachments[${first}]; both would be published at the same address`);
      names.set(name, index);
      return undefined;
    });
  }
}

function checkAliases(candidates: Candidate[], report: Reporter) {
  const pages = new Map<string, string>();
  for (const candidate of candidates) pages.set(aliasOutputFile(entryPath(candidate.collection, candidate.id)), candidate.file);
  const claims = new Map<string, Array<{ candidate: Candidate; index: number }>>();
  for (const candidate of candidates) {
    const fields = fieldsOf(candidate);
    if (candidate.collection !== 'essays' || !fields || !Array.isArray(fields.aliases)) continue;
    (fields.aliases as unknown[]).forEach((alias, index) => {
      if (typeof alias !== 'string' || !alias.startsWith('/')) return;
      const path = ['aliases', index];
      const pos = at(candidate, path);
      const output = aliasOutputFile(alias);
      const owner = pages.get(output);
      const top = alias.split('/')[1] ?? '';
      if (owner) {
        report(candidate.file, pos.line, pos.column, fieldLabel(path), owner === candidate.file ? 'is the address of this essay itself; remove it' : `is the address of ${owner}; an old address cannot replace a current page`);
      } else if (['_astro', 'pagefind', 'data'].includes(top) || /^\/essays\/page\//.test(alias) || /^\/(essays|dialogues|partners|people|topics)\/?$/.test(alias) || /\.(xml|json|txt)$/.test(alias)) {
        report(candidate.file, pos.line, pos.column, fieldLabel(path), "is an address the site itself uses; choose the old page's real path");
      } else {
        claims.set(output, [...(claims.get(output) ?? []), { candidate, index }]);
      }
    });
  }
  for (const claimants of claims.values()) {
    if (claimants.length < 2) continue;
    for (const { candidate, index } of claimants) {
      const others = claimants.filter((c) => c.candidate !== candidate).map((c) => c.candidate.file);
      const path = ['aliases', index];
      const pos = at(candidate, path);
      const message = others.length > 0 ? `is also an alias in ${others.join(', ')}; an old address can lead to one page only` : 'is listed twice; keep one';
      report(candidate.file, pos.line, pos.column, fieldLabel(path), message);
    }
  }
}

function checkBodies(candidates: Candidate[], report: Reporter) {
  for (const candidate of candidates) {
    for (const finding of findRawHtml(candidate.body)) {
      const pos = positionAt(candidate.starts, candidate.bodyOffset + finding.offset);
      report(candidate.file, pos.line, pos.column, 'body', finding.message);
    }
  }
}

const normalise = (text: string) => text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();

/**
 * Warnings: not mistakes the site cannot build with, but records readers will struggle to
 * find or that say nothing new. They never stop a build.
 */
function checkAdvice(candidates: Candidate[], report: Reporter) {
  const referenced = new Set<string>();
  for (const candidate of candidates) {
    const fields = fieldsOf(candidate);
    if (!fields) continue;
    if (candidate.collection === 'essays' && Array.isArray(fields.authors)) for (const id of fields.authors) referenced.add(String(id));
    if (candidate.collection === 'dialogues' && Array.isArray(fields.delegates)) for (const id of fields.delegates) referenced.add(String(id));
  }
  for (const candidate of candidates) {
    const fields = candidate.data;
    if (!fieldsOf(candidate)) continue;
    if (fields && candidate.collection === 'essays' && Array.isArray(fields.topics) && fields.topics.length === 0) {
      const pos = candidate.input && 'topics' in candidate.input ? at(candidate, ['topics']) : { line: 1, column: 1 };
      report(candidate.file, pos.line, pos.column, 'topics', 'the essay has no topics; add at least one so readers can find it by topic', 'warning');
    }
    if (fields && candidate.collection === 'people' && !referenced.has(candidate.id)) {
      report(candidate.file, 1, 1, 'file', 'no essay names this person as an author and no dialogue as a delegate; link them, or remove the file', 'warning');
    }
    const written = fieldsOf(candidate)!;
    for (const key of ['description', 'summary']) {
      const value = written[key];
      if (typeof value === 'string' && /^\s*TODO\b/.test(value)) {
        const pos = at(candidate, [key]);
        report(candidate.file, pos.line, pos.column, key, 'still holds the placeholder text from `npm run new`; write the real one before publishing', 'warning');
      }
    }
    if ((candidate.collection === 'essays' || candidate.collection === 'pages') && typeof written.title === 'string' && typeof written.description === 'string') {
      if (normalise(written.description) === normalise(written.title)) {
        const pos = at(candidate, ['description']);
        report(candidate.file, pos.line, pos.column, 'description', 'only repeats the title; say in a sentence what the reader will find', 'warning');
      }
    }
  }
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function suggestFileName(segments: string[], extension: string): string {
  return `${segments.map((part) => slug(part) || 'untitled').join('/')}${extension}`;
}

function suggestSafeName(name: string): string {
  const extension = extensionOf(name);
  const stem = extension ? name.slice(0, -(extension.length + 1)) : name;
  return `${slug(stem) || 'file'}${extension ? `.${extension}` : ''}`;
}
