/**
 * Builds the Pagefind search index at the end of `astro build`, from the record pages just
 * written (the pages carrying `data-pagefind-body`: essays, dialogues, partners, people,
 * topics, standalone pages). Drafts and scheduled essays have no page, so they are never
 * indexed.
 *
 * Why the Node API and not the `pagefind --site dist` CLI: the indexer must read a version of
 * each page that readers never see, with Chinese, Japanese and Southeast Asian scripts split
 * into words (one index serves every language, see docs/search.md); result URLs must carry
 * the site's base path; and every error must fail the build, with the file named, instead of
 * scrolling past in a log.
 *
 * In `astro dev` the index of the last build (dist/pagefind) is served when there is one;
 * the search page says how to build it when there is none.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { segmentHtmlText } from '../lib/segment.ts';

/** Record pages: the pages that mark their main content for the index. */
const RECORD_MARK = 'data-pagefind-body';

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') out.push(...htmlFiles(path));
    } else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** The URL a page is served at: `essays/a/index.html` → `<base>essays/a/`. */
export function pageUrl(file: string, base: string): string {
  const path = file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/** Runs `task` over `items`, `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++]!);
  });
  await Promise.all(workers);
}

/** Files Pagefind writes that this site never loads. */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'wasm.unknown.pagefind',
];

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  wasm: 'application/wasm',
};

export function searchIndex({ language }: { language: string }): AstroIntegration {
  let base = '/';
  let outDir = '';
  return {
    name: 'archive:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base.replace(/\/$/, '')}/pagefind/`;
        server.middlewares.use((request, response, next) => {
          const url = request.url?.split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const root = join(outDir, 'pagefind');
          const file = resolve(root, url.slice(prefix.length));
          if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
          const extension = file.split('.').pop() ?? '';
          response.setHeader('Content-Type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
          return undefined;
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: language });
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        const problems: string[] = [...createErrors];
        const pages = htmlFiles(site).filter((file) => readFileSync(file, 'utf8').includes(RECORD_MARK));
        let indexed = 0;
        try {
          await eachLimited(pages, 8, async (file) => {
            const html = readFileSync(file, 'utf8');
            const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
            const relativePath = relative(site, file);
            const response = await index.addHTMLFile({ url: pageUrl(relativePath, base), content: segmentHtmlText(html, lang) });
            if (response.errors.length > 0) problems.push(...response.errors.map((error) => `${relativePath}: ${error}`));
            else indexed += 1;
          });
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          problems.push(...written.errors);
          // The search page has its own interface; Pagefind's prebuilt ones would only be dead weight.
          for (const file of UNUSED_BUNDLE_FILES) rmSync(join(site, 'pagefind', file), { force: true });
        } finally {
          await pagefind.close();
        }
        if (problems.length > 0) throw new Error(`The search index could not be built:\n${problems.map((p) => `  ${p}`).join('\n')}`);
        if (indexed !== pages.length) throw new Error(`The search index holds ${indexed} of ${pages.length} record pages`);
        logger.info(`search index: ${indexed} records in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
