/**
 * Turns Zod issues into sentences an editor understands. Messages written into the schemas
 * are kept; Zod's generic ones ("Invalid input: expected string, received number") are
 * rewritten here, in one place.
 */
import type { z } from 'astro/zod';
import { closest } from '../lib/suggest.ts';

type Issue = z.core.$ZodIssue;

/** A field path for people: `authors[1]`, `location.country`, `attachments[0].file`. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (label, segment) => (typeof segment === 'number' ? `${label}[${segment}]` : label ? `${label}.${String(segment)}` : String(segment)),
    '',
  );
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'an empty value';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

const EXPECTED: Record<string, string> = {
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be true or false',
  array: 'must be a list, written [first, second] or as lines starting with "- "',
  object: 'must be a group of fields, written on the indented lines below it',
  date: 'must be a date written YYYY-MM-DD, for example 2025-07-14',
};

function isGeneric(message: string): boolean {
  return message.startsWith('Invalid input') || message.startsWith('Invalid option') || message.startsWith('Expected');
}

/** The message for one issue; `value` is the offending input (undefined when missing). */
export function describeIssue(issue: Issue, value: unknown): string {
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) return 'is required';
  switch (issue.code) {
    case 'invalid_type': {
      if (!isGeneric(issue.message)) return issue.message;
      const base = EXPECTED[issue.expected] ?? `must be ${issue.expected}`;
      if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        return `${base}; put it in quotes: "${String(value)}"`;
      }
      if (issue.expected === 'array' && (typeof value === 'string' || typeof value === 'number')) {
        return `${base}; write it as [${String(value)}]`;
      }
      if (value === null) return `${base} (it is empty)`;
      return `${base} (found ${describeValue(value)})`;
    }
    case 'invalid_value': {
      if (!isGeneric(issue.message)) return issue.message;
      const allowed = issue.values.map(String);
      const guess = typeof value === 'string' ? closest(value, allowed, { max: 1 })[0] : undefined;
      const hint = guess ? `; did you mean "${guess}"?` : '';
      return `must be one of: ${allowed.join(', ')} (found ${describeValue(value)})${hint}`;
    }
    case 'too_small':
    case 'too_big':
      return isGeneric(issue.message) || issue.message.startsWith('Too') ? genericSize(issue) : issue.message;
    default:
      return isGeneric(issue.message) ? `is not valid (found ${describeValue(value)})` : issue.message;
  }
}

function genericSize(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const word = issue.code === 'too_small' ? 'at least' : 'at most';
  if (issue.origin === 'string') return `must be ${word} ${limit} characters`;
  if (issue.origin === 'array') return `must list ${word} ${limit} items`;
  return `must be ${word} ${limit}`;
}

/** "is not a field of essays; did you mean "pubDate"?" */
export function describeUnknownKey(key: string, allowed: readonly string[], where: string): string {
  const guess = closest(key, allowed, { max: 1 })[0];
  const hint = guess ? `did you mean "${guess}"?` : `the fields are: ${allowed.join(', ')}`;
  return `is not a field of ${where}; ${hint}`;
}
