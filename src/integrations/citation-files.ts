/**
 * Writes every published essay's citation files (/essays/<id>.bib, .ris, .json) during
 * `astro build`, straight from the validated content and the same publication rule as the
 * pages: three small files per essay are far quicker to write here than as three Astro routes
 * each (about 10 s less for 4,000 essays, see docs/performance.md). Under `astro dev` the
 * routes in src/pages/essays/ serve them instead.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir, today } from '../config.ts';
import { bibtex, cslJson, ris } from '../lib/citation.ts';
import { writeFilesInWorker } from '../lib/file-writer.ts';
import { essayCitation } from '../queries/citations.ts';
import { publishedArchive, validatedContent } from './validated-content.ts';

/** The text of an essay's three citation files, by extension. */
export function citationFiles(citation: Parameters<typeof bibtex>[0]): Record<'bib' | 'ris' | 'json', string> {
  return { bib: bibtex(citation), ris: ris(citation), json: `${JSON.stringify([cslJson(citation)], null, 2)}\n` };
}

export function citationFilesIntegration(): AstroIntegration {
  let site: URL | undefined;
  let out: string | undefined;
  let writing: Promise<{ files: number; essays: number }> | undefined;
  const start = () => (writing ??= writeCitationFiles(out!, site ?? new URL('http://localhost:4321')));
  return {
    name: 'archive:citation-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        out = fileURLToPath(config.outDir);
      },
      // Astro has emptied dist/ by now and removes nothing from it later: the files are written
      // while Vite bundles, rather than after every page, when the build would wait on them.
      'astro:build:setup': () => {
        start();
      },
      'astro:build:done': async ({ logger }) => {
        const { files, essays } = await start();
        logger.info(`citation files: ${files} for ${essays} essays`);
      },
    },
  };
}

/** Writes every published essay's three citation files into `out`. */
async function writeCitationFiles(out: string, site: URL): Promise<{ files: number; essays: number }> {
  const archive = publishedArchive(validatedContent(contentDir()), today());
  const writes: Array<[path: string, text: string]> = [];
  const folders = new Set<string>();
  for (const essay of archive.essays) {
    const files = citationFiles(essayCitation(essay, archive, site));
    const stem = join(out, 'essays', essay.id);
    folders.add(dirname(stem));
    for (const [extension, text] of Object.entries(files)) writes.push([`${stem}.${extension}`, text]);
  }
  // Thousands of small files: written one after another by one worker thread (lib/file-writer.ts).
  await writeFilesInWorker([...folders], writes);
  return { files: writes.length, essays: archive.essays.length };
}
