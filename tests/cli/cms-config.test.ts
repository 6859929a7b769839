/** The browser editor's configuration (Decap CMS), generated from the schemas. */
import { describe, expect, test } from 'vitest';
import { decapConfig } from '../../src/lib/cms-config';

describe('the browser editor configuration', () => {
  const config = decapConfig({ repo: 'owner/archive', branch: 'main', contentFolder: 'content' }) as {
    backend: Record<string, string>;
    collections: Array<{ name: string; folder: string; fields: Array<Record<string, any>> }>;
  };
  const fieldsOf = (name: string) => config.collections.find((c) => c.name === name)!.fields;
  const fieldOf = (collection: string, name: string) => fieldsOf(collection).find((f) => f.name === name)!;

  test('one collection per folder, committing through pull requests', () => {
    expect(config.backend).toEqual({ name: 'github', repo: 'owner/archive', branch: 'main' });
    expect(config.collections.map((c) => [c.name, c.folder])).toEqual([
      ['partners', 'content/partners'],
      ['people', 'content/people'],
      ['topics', 'content/topics'],
      ['dialogues', 'content/dialogues'],
      ['essays', 'content/essays'],
      ['pages', 'content/pages'],
    ]);
  });

  test('references are relation widgets to the right collection', () => {
    expect(fieldOf('essays', 'authors')).toMatchObject({
      widget: 'relation',
      collection: 'people',
      multiple: true,
      required: true,
      value_field: '{{slug}}',
    });
    expect(fieldOf('essays', 'dialogue')).toMatchObject({ widget: 'relation', collection: 'dialogues', required: false });
    expect(fieldOf('essays', 'translationOf')).toMatchObject({ widget: 'relation', collection: 'essays', required: false });
    expect(fieldOf('essays', 'translators')).toMatchObject({ widget: 'relation', collection: 'people', multiple: true, required: false });
    expect(fieldOf('dialogues', 'partners')).toMatchObject({ widget: 'relation', collection: 'partners', multiple: true, required: true });
    expect(fieldOf('dialogues', 'delegates')).toMatchObject({ widget: 'relation', collection: 'people', multiple: true, required: false });
    expect(fieldOf('dialogues', 'topics')).toMatchObject({ widget: 'relation', collection: 'topics', multiple: true });
  });

  test('fields follow the schema: required marks, choices, dates, countries, files', () => {
    expect(fieldsOf('essays').map((f) => f.name)).toEqual([
      'title',
      'description',
      'pubDate',
      'datePrecision',
      'updatedDate',
      'authors',
      'dialogue',
      'topics',
      'countries',
      'lang',
      'translationOf',
      'translators',
      'image',
      'attachments',
      'aliases',
      'draft',
      'body',
    ]);
    expect(fieldOf('essays', 'pubDate')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, required: true });
    expect(fieldOf('dialogues', 'format')).toMatchObject({
      widget: 'select',
      options: ['track-2', 'track-1.5', 'roundtable', 'external-forum'],
    });
    expect(fieldOf('partners', 'countries')).toMatchObject({ widget: 'select', multiple: true, required: true });
    expect(fieldOf('partners', 'countries').options).toHaveLength(249);
    expect(
      fieldOf('essays', 'image').fields.map((f: { name: string; widget: string; required: boolean }) => [f.name, f.widget, f.required]),
    ).toEqual([
      ['src', 'image', true],
      ['alt', 'string', true],
      ['caption', 'text', false],
      ['credit', 'string', false],
    ]);
    expect(fieldOf('essays', 'attachments')).toMatchObject({
      widget: 'list',
      fields: [{ name: 'title' }, { name: 'file', widget: 'file' }],
    });
    expect(fieldOf('essays', 'draft')).toMatchObject({ widget: 'boolean', default: false });
    expect(fieldOf('essays', 'description').hint).toBe('One or two sentences for lists and feeds (at most 300 characters)');
  });
});
