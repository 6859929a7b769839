/**
 * The loaders take the validator's data instead of letting Astro parse each entry again
 * (src/validation/handoff.ts). That is only right if the data is exactly what Astro's own
 * parse gives: checked here against Astro's parse itself (its frontmatter reader and its
 * content-layer schema step, with `image()`), for every entry of the build fixture and of
 * the shipped content. And a file edited after validation must not be handed over.
 */
import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
// Astro's own steps, as the glob loader runs them (not part of Astro's public exports).
import { getEntryData, safeParseFrontmatter } from '../../node_modules/astro/dist/content/utils.js';
import { contentLayerSchemas } from '../../src/schemas/index';
import {
  astroData,
  astroImageSource,
  IMAGE_IMPORT_PREFIX,
  offerValidated,
  takeValidated,
  withdrawValidated,
} from '../../src/build/validated-handoff';
import { validateContent } from '../../src/validation/validate';

const ROOT = resolve(import.meta.dirname, '../..');

/** What Astro's parseData returns for a file, as the glob loader calls it. */
async function astroParse(collection: keyof typeof contentLayerSchemas, id: string, absolutePath: string) {
  const { frontmatter } = safeParseFrontmatter(readFileSync(absolutePath, 'utf8'), absolutePath);
  return getEntryData(
    { id, collection, unvalidatedData: frontmatter, _internal: { rawData: undefined, filePath: absolutePath } },
    { type: 'content_layer', schema: contentLayerSchemas[collection] } as Parameters<typeof getEntryData>[1],
    false,
  );
}

afterEach(() => withdrawValidated());

describe('the validated data handed to the loaders', () => {
  for (const [name, folder] of [
    ['the build fixture', join(ROOT, 'tests/fixtures/site')],
    ['the shipped content', join(ROOT, 'content')],
  ] as const) {
    test(`is what Astro's own parse gives, entry by entry: ${name}`, async () => {
      const { entries } = validateContent(folder);
      expect(entries.length).toBeGreaterThan(10);
      for (const entry of entries) {
        expect({ file: entry.file, data: astroData(entry) }).toEqual({
          file: entry.file,
          data: await astroParse(entry.collection, entry.id, entry.absolutePath),
        });
      }
    });
  }

  test('covers an essay image, which takes the form Astro gives it', () => {
    const { entries } = validateContent(join(ROOT, 'content'));
    const withImage = entries.filter((e) => e.collection === 'essays' && e.data.image);
    expect(withImage.length).toBeGreaterThan(0);
    for (const entry of withImage)
      expect((astroData(entry).image as { src: string }).src.startsWith(`${IMAGE_IMPORT_PREFIX}./`)).toBe(true);
  });

  test('an image written as a bare file name ("files/photo.png") comes out as Astro gives it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handoff-'));
    cpSync(join(ROOT, 'tests/fixtures/site'), folder, { recursive: true });
    const file = join(folder, 'essays/published-essay.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('src: ./files/photo.png', 'src: files/photo.png'));
    const entry = validateContent(folder).entries.find((e) => e.absolutePath === file)!;
    expect((entry.data.image as { src: string }).src).toBe('files/photo.png');
    expect(astroData(entry)).toEqual(await astroParse('essays', entry.id, file));
  });

  test('image paths: a bare name beside the entry gains "./", others stay as written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-'));
    writeFileSync(join(dir, 'cover.jpg'), '');
    const entryFile = join(dir, 'essay.md');
    expect(astroImageSource('cover.jpg', entryFile)).toBe('__ASTRO_IMAGE_./cover.jpg');
    expect(astroImageSource('./cover.jpg', entryFile)).toBe('__ASTRO_IMAGE_./cover.jpg');
    expect(astroImageSource('missing.jpg', entryFile)).toBe('__ASTRO_IMAGE_missing.jpg');
  });

  test('is taken only while the file is as it was validated', () => {
    const folder = mkdtempSync(join(tmpdir(), 'handoff-'));
    cpSync(join(ROOT, 'tests/fixtures/site'), folder, { recursive: true });
    const { entries } = validateContent(folder);
    const [edited, untouched] = entries;
    expect(takeValidated(untouched!.absolutePath)).toBeUndefined(); // nothing offered yet
    offerValidated(entries);
    expect(takeValidated(untouched!.absolutePath)).toBe(untouched);
    expect(takeValidated(edited!.absolutePath)).toBe(edited);
    // An editor saves the file again (same size, new time), or changes it.
    const later = new Date(Date.now() + 5_000);
    utimesSync(edited!.absolutePath, later, later);
    expect(takeValidated(edited!.absolutePath)).toBeUndefined();
    writeFileSync(untouched!.absolutePath, `${readFileSync(untouched!.absolutePath, 'utf8')}\nMore.\n`);
    expect(takeValidated(untouched!.absolutePath)).toBeUndefined();
    expect(takeValidated(join(folder, 'essays/no-such-essay.md'))).toBeUndefined();
  });
});
