/**
 * Reads the structure of the Zod schemas: which fields an object allows (for "did you mean")
 * and which fields are references (for the cross-file check). The schemas stay the single
 * source of truth; nothing here repeats a field list.
 */
import type { z } from 'astro/zod';
import { referenceRegistry, type CollectionName } from './fields.ts';

/** The parts of a Zod schema's definition this project reads. */
export interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  /** Enum values by key. */
  entries?: Record<string, string>;
  defaultValue?: unknown;
}

export function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Strips wrappers (optional, default, pipes) down to the schema that holds the structure. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType && ['optional', 'default', 'nullable', 'readonly', 'prefault', 'nonoptional', 'catch'].includes(def.type)) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      current = defOf(def.in).type === 'transform' && def.out ? def.out : def.in;
    } else {
      return current;
    }
  }
}

/** The schema at a data path (numbers index into arrays), or undefined. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'object' && def.shape) current = def.shape[String(segment)];
    else if (def.type === 'array' && def.element) current = def.element;
    else return undefined;
  }
  return current;
}

/** Field names an object schema at `path` allows. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const target = schemaAt(schema, path);
  if (!target) return [];
  const def = defOf(unwrap(target));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** A reference field: its path (with "*" for "every item of a list") and target collection. */
export interface ReferenceField {
  path: Array<string | '*'>;
  collection: CollectionName;
}

/** Every reference field in a schema, found through the reference registry. */
export function referenceFields(schema: z.ZodType, path: Array<string | '*'> = []): ReferenceField[] {
  const meta = referenceRegistry.get(schema);
  if (meta) return [{ path, collection: meta.collection }];
  const def = defOf(schema);
  if (def.innerType) return referenceFields(def.innerType, path);
  if (def.type === 'pipe') return [...(def.in ? referenceFields(def.in, path) : []), ...(def.out ? referenceFields(def.out, path) : [])];
  if (def.type === 'array' && def.element) return referenceFields(def.element, [...path, '*']);
  if (def.type === 'object' && def.shape) {
    return Object.entries(def.shape).flatMap(([key, value]) => referenceFields(value, [...path, key]));
  }
  if (def.type === 'union' && def.options) return def.options.flatMap((option) => referenceFields(option, path));
  return [];
}

/** The values at a reference path in parsed data, each with its concrete path. */
export function valuesAt(
  data: unknown,
  path: ReadonlyArray<string | '*'>,
  prefix: PropertyKey[] = [],
): Array<{ path: PropertyKey[]; value: unknown }> {
  if (path.length === 0) return data === undefined ? [] : [{ path: prefix, value: data }];
  const [head, ...rest] = path;
  if (head === '*') {
    return Array.isArray(data) ? data.flatMap((item, index) => valuesAt(item, rest, [...prefix, index])) : [];
  }
  if (data && typeof data === 'object' && head !== undefined && head in data) {
    return valuesAt((data as Record<string, unknown>)[head], rest, [...prefix, head]);
  }
  return [];
}
