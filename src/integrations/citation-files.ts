/**
 * Writes every published essay's citation files (/essays/<id>.bib, .ris, .json) at the end of
 * `astro build`, straight from the validated content and the same publication rule as the
 * pages: three small files per essay are far quicker to write here than as three Astro routes
 * each (about 10 s less for 4,000 essays, see docs/performance.md). Under `astro dev` the
 * routes in src/pages/essays/ serve them instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir, today } from '../config.ts';
import { bibtex, cslJson, ris } from '../lib/citation.ts';
import { essayCitation } from '../queries/citations.ts';
import { publishedArchive, validatedContent } from './validated-content.ts';

/** The text of an essay's three citation files, by extension. */
export function citationFiles(citation: Parameters<typeof bibtex>[0]): Record<'bib' | 'ris' | 'json', string> {
  return { bib: bibtex(citation), ris: ris(citation), json: `${JSON.stringify([cslJson(citation)], null, 2)}\n` };
}

export function citationFilesIntegration(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'archive:citation-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const archive = publishedArchive(validatedContent(contentDir()), today());
        for (const essay of archive.essays) {
          const files = citationFiles(essayCitation(essay, archive, site ?? new URL('http://localhost:4321')));
          const stem = join(out, 'essays', essay.id);
          mkdirSync(dirname(stem), { recursive: true });
          for (const [extension, text] of Object.entries(files)) writeFileSync(`${stem}.${extension}`, text);
        }
        logger.info(`citation files: ${archive.essays.length * 3} for ${archive.essays.length} essays`);
      },
    },
  };
}
