/**
 * The validator's vocabulary: a problem as editors read it, an entry that passed, and a
 * content file on its way through the checks.
 */
import type { Document } from 'yaml';
import type { CollectionName } from '../schemas/index.ts';
import { nodeOffset, positionAt } from './source.ts';

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
export interface Candidate {
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
export function fieldsOf(candidate: Candidate): Record<string, unknown> | undefined {
  return candidate.data ?? candidate.input;
}

/** Records a problem: file, line, column, field, message (and severity, an error unless said). */
export type Reporter = (file: string, line: number, column: number, field: string, message: string, severity?: Severity) => void;

/** Where a field of a candidate's frontmatter is written (its key with `key: true`); 1:1 without frontmatter. */
export function at(candidate: Candidate, path: readonly PropertyKey[], options?: { key?: boolean }) {
  if (!candidate.doc) return { line: 1, column: 1 };
  return positionAt(candidate.starts, candidate.yamlOffset + nodeOffset(candidate.doc, path, options));
}

/** The value at `path` inside `data`, if any. */
export function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
