/**
 * A Decap CMS configuration generated from the collection schemas, so the browser editor
 * offers exactly the fields the build accepts: required marks, hints from the schema
 * descriptions, select lists for fixed values, date pickers, and relation widgets for
 * references. One source of truth: nothing here lists a field by hand.
 */
import type { z } from 'astro/zod';
import { COUNTRY_NAMES } from '../schemas/countries.ts';
import { fieldKindRegistry, referenceRegistry, type CollectionName } from '../schemas/fields.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../schemas/index.ts';
import { defOf } from '../schemas/walk.ts';

/** The field a reference is displayed and searched by. */
const DISPLAY_FIELD: Record<CollectionName, string> = {
  partners: 'name',
  people: 'name',
  topics: 'name',
  dialogues: 'title',
  essays: 'title',
  pages: 'title',
};

/** Meta found while unwrapping a schema: optional or defaulted, its description, its kind. */
interface Unwrapped {
  core: z.ZodType;
  optional: boolean;
  defaultValue?: unknown;
  hint?: string;
  reference?: CollectionName;
  kind?: string;
}

function unwrapField(schema: z.ZodType): Unwrapped {
  let current = schema;
  const found: Unwrapped = { core: schema, optional: false };
  for (;;) {
    const description = (current as unknown as { description?: string }).description;
    if (description && !found.hint) found.hint = description;
    const reference = referenceRegistry.get(current);
    if (reference) found.reference = reference.collection;
    const kind = fieldKindRegistry.get(current);
    if (kind && !found.kind) found.kind = kind.kind;
    const def = defOf(current);
    if (def.type === 'optional' && def.innerType) {
      found.optional = true;
      current = def.innerType;
    } else if (def.type === 'default' && def.innerType) {
      found.optional = true;
      found.defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      current = def.innerType;
    } else if (def.innerType && ['nullable', 'readonly', 'prefault', 'catch'].includes(def.type)) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in && !found.kind) {
      current = def.in;
    } else {
      found.core = current;
      return found;
    }
  }
}

type Field = Record<string, unknown>;

/** Labels where the field name alone would read oddly in a form. */
const LABEL_OVERRIDES: Record<string, string> = {
  pubDate: 'Publication date',
  updatedDate: 'Last revised',
  startDate: 'First day',
  endDate: 'Last day',
  lang: 'Language',
  src: 'Image file',
  alt: 'Description of the image (alt text)',
  aliases: 'Old addresses',
  alias: 'Old address',
  chathamHouse: 'Chatham House Rule',
  shortName: 'Short name',
};
const label = (name: string) =>
  LABEL_OVERRIDES[name] ??
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^./, (c) => c.toUpperCase());
const singular = (name: string) => (name === 'aliases' ? 'alias' : name.replace(/s$/, ''));
const COUNTRY_OPTIONS = Object.entries(COUNTRY_NAMES).map(([value, name]) => ({ label: `${name} (${value})`, value }));

/** The Decap widget settings for a value schema (what one item of a list would be). */
function widgetFor(name: string, info: Unwrapped, parent?: string): Field {
  const def = defOf(info.core);
  if (info.reference) {
    const display = DISPLAY_FIELD[info.reference];
    return { widget: 'relation', collection: info.reference, value_field: '{{slug}}', search_fields: [display], display_fields: [display] };
  }
  if (name === 'src' && parent === 'image') return { widget: 'image', choose_url: false };
  switch (info.kind) {
    case 'date':
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
    case 'country':
      return { widget: 'select', options: COUNTRY_OPTIONS };
    case 'file':
      return { widget: 'file', choose_url: false };
    default:
      break;
  }
  if (def.type === 'enum' && def.entries) return { widget: 'select', options: Object.values(def.entries) };
  if (def.type === 'boolean') return { widget: 'boolean' };
  if (def.type === 'number' || def.type === 'int') return { widget: 'number', value_type: 'int' };
  if (def.type === 'object' && def.shape) return { widget: 'object', fields: objectFields(def.shape, name) };
  if (name === 'description' || name === 'summary' || name === 'caption') return { widget: 'text' };
  return { widget: 'string' };
}

function field(name: string, schema: z.ZodType, parent?: string): Field {
  const info = unwrapField(schema);
  const base: Field = { name, label: label(name), required: !info.optional };
  if (info.hint) base.hint = info.hint;
  if (info.defaultValue !== undefined && !(Array.isArray(info.defaultValue) && info.defaultValue.length === 0))
    base.default = info.defaultValue;
  const def = defOf(info.core);
  if (def.type === 'array' && def.element) {
    const item = unwrapField(def.element);
    const widget = widgetFor(name, item, parent);
    // Lists of references or fixed values are one multi-select; other lists repeat a widget.
    if (widget.widget === 'relation' || widget.widget === 'select') return { ...base, ...widget, multiple: true };
    if (widget.widget === 'object') return { ...base, widget: 'list', fields: widget.fields };
    return { ...base, widget: 'list', field: { name: singular(name), label: label(singular(name)), ...widget } };
  }
  return { ...base, ...widgetFor(name, info, parent) };
}

function objectFields(shape: Record<string, z.ZodType>, parent?: string): Field[] {
  return Object.entries(shape).map(([name, schema]) => field(name, schema, parent));
}

export interface CmsOptions {
  /** GitHub repository, "owner/name". */
  repo: string;
  branch: string;
  /** The content folder relative to the repository root ("content"). */
  contentFolder: string;
}

const LABELS: Record<CollectionName, [string, string]> = {
  partners: ['Partners', 'Partner'],
  people: ['People', 'Person'],
  topics: ['Topics', 'Topic'],
  dialogues: ['Dialogues', 'Dialogue'],
  essays: ['Essays', 'Essay'],
  pages: ['Pages', 'Page'],
};

/** The whole Decap CMS configuration (an object to write as config.yml). */
export function decapConfig(options: CmsOptions): Record<string, unknown> {
  const folder = options.contentFolder.replace(/\/+$/, '');
  return {
    backend: { name: 'github', repo: options.repo, branch: options.branch },
    // Every change goes through a pull request, where the content check runs.
    publish_mode: 'editorial_workflow',
    media_folder: `${folder}/_media`,
    public_folder: '',
    collections: COLLECTION_NAMES.map((name) => {
      const shape = defOf(unwrapField(COLLECTIONS[name].schema).core).shape ?? {};
      const display = DISPLAY_FIELD[name];
      return {
        name,
        label: LABELS[name][0],
        label_singular: LABELS[name][1],
        folder: `${folder}/${name}`,
        create: true,
        extension: 'md',
        format: 'frontmatter',
        slug: '{{slug}}',
        summary: `{{${display}}}`,
        ...(name === 'essays' ? { media_folder: 'files', public_folder: './files' } : {}),
        fields: [
          ...objectFields(shape),
          { name: 'body', label: name === 'essays' ? 'Text of the essay' : 'Text', widget: 'markdown', required: false },
        ],
      };
    }),
  };
}
