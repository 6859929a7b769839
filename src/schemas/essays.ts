import { z } from 'astro/zod';
import {
  aliasPath,
  countryCode,
  datePrecision,
  everyField,
  isoDate,
  noRepeats,
  languageTag,
  reference,
  references,
  relativeFile,
  text,
} from './fields.ts';

/**
 * essays/*.md and *.mdx: a reflection essay. Body: the essay.
 * `imageSource` is the schema of `image.src`: Astro's `image()` in the site build (so images
 * are optimised), a relative path in the stand-alone validator (which checks the file exists).
 */
function createEssaySchema<ImageSource extends z.ZodType>(imageSource: ImageSource) {
  return z
    .strictObject({
      /** Title of the essay. */
      title: text().describe('Title of the essay'),
      /** One or two sentences for lists, feeds and link previews. */
      description: text(300).describe('One or two sentences for lists and feeds (at most 300 characters)'),
      /** Publication date, YYYY-MM-DD. A date after the build date schedules the essay. */
      pubDate: isoDate().describe('Publication date, YYYY-MM-DD (a future date schedules it)'),
      /** How much of pubDate is known; "month" shows "September 2025". */
      datePrecision: datePrecision.describe('How much of pubDate is known: day, month or year'),
      /** Date of the last substantial revision, YYYY-MM-DD. */
      updatedDate: isoDate().optional().describe('Last substantial revision, YYYY-MM-DD'),
      /** Person ids of the authors, in byline order. */
      authors: references('people', { min: 1 }).describe('Person ids of the authors, in byline order'),
      /** Id of the dialogue the essay reflects on. */
      dialogue: reference('dialogues').optional().describe('Id of the dialogue the essay reflects on'),
      /** Topic ids. */
      topics: references('topics').default([]).describe('Topic ids'),
      /** Countries the essay is about (ISO codes). */
      countries: z.array(countryCode).superRefine(noRepeats).default([]).describe('Countries the essay is about (ISO codes)'),
      /** Language of the essay (BCP 47: en, ko, ja, zh-Hant, vi). */
      lang: languageTag.default('en').describe('Language of the essay, e.g. en, ko, ja, zh-Hant, vi'),
      /** Id of the essay this one translates: an original, never another translation. */
      translationOf: reference('essays').optional().describe('Id of the essay this one translates (the original)'),
      /** Person ids of the translators, in credit order. */
      translators: references('people').default([]).describe('Person ids of the translators'),
      /** Lead image, stored beside the essay file: PNG, JPEG, WebP, GIF or AVIF, never SVG (docs/content-model.md). */
      image: z
        .strictObject({
          src: imageSource.describe('Image file (PNG, JPEG, WebP, GIF or AVIF), relative to the essay file'),
          alt: z
            .string()
            .trim()
            .min(1, 'must say what the image shows, for readers who cannot see it (it is empty)')
            .describe('What the image shows, for readers who cannot see it'),
          caption: text().optional().describe('Caption shown under the image'),
          credit: text().optional().describe('Photographer or source'),
        })
        .optional()
        .describe('Lead image'),
      /** Files offered for download (PDF reports, slides), stored beside the essay file; each must be what its extension says. */
      attachments: z
        .array(
          z.strictObject({
            title: text().describe('Link text'),
            file: relativeFile.describe('File, relative to the essay file'),
          }),
        )
        .default([])
        .describe('Files offered for download'),
      /** Old URL paths of this essay that must keep working (they redirect here). */
      aliases: z.array(aliasPath).default([]).describe('Old URL paths that redirect here'),
      /** A draft is only shown by `npm run dev`, never published. */
      draft: z.boolean('must be true or false').default(false).describe('Drafts are only shown in preview'),
    })
    .superRefine(
      (data, ctx) => {
        if (data.updatedDate instanceof Date && data.pubDate instanceof Date && data.updatedDate < data.pubDate) {
          ctx.addIssue({ code: 'custom', path: ['updatedDate'], message: 'must not be before pubDate' });
        }
      },
      { when: everyField },
    );
}

/** The essay schema with `image.src` as a relative path (stand-alone validation). */
export const essaySchema = createEssaySchema(relativeFile);

/** The essay schema as Astro's content layer takes it: `image.src` through Astro's `image()`. */
export const essayContentLayerSchema = <ImageSource extends z.ZodType>({ image }: { image: () => ImageSource }) =>
  createEssaySchema(image());

export type EssayData = z.output<typeof essaySchema>;
