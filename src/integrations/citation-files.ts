/**
 * Writes every published essay's citation files (/essays/<id>.bib, .ris, .json) during
 * `astro build`, straight from the validated content and the same publication rule as the
 * pages: three small files per essay are far quicker to write here than as three Astro routes
 * each, which would cost Astro's per-route work three times per essay. Under `astro dev` the
 * routes in src/pages/essays/ serve them instead.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SETTINGS, today } from '../config.ts';
import { citationFiles } from '../lib/citation.ts';
import { essayCitation } from '../queries/citations.ts';
import { publishedArchive, validatedContent } from './validated-content.ts';

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
  const archive = publishedArchive(validatedContent(SETTINGS.contentDir), today());
  const writes: Array<[path: string, text: string]> = [];
  const folders = new Set<string>();
  for (const essay of archive.essays) {
    const files = citationFiles(essayCitation(essay, archive, site));
    const stem = join(out, 'essays', essay.id);
    folders.add(dirname(stem));
    for (const [extension, text] of Object.entries(files)) writes.push([`${stem}.${extension}`, text]);
  }
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await Promise.all(writes.map(([path, text]) => writeFile(path, text)));
  return { files: writes.length, essays: archive.essays.length };
}
