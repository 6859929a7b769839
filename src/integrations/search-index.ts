/**
 * Builds the Pagefind search index during `astro build`. The records come from the validated
 * content, through the same publication rule as the pages (lib/archive.ts buildArchive), so
 * the index holds exactly the published essays, dialogues, partners, people, topics and
 * pages, each with its own main content (lib/search-record.ts), never navigation or lists.
 *
 * Indexing starts as soon as the content is validated and runs in Pagefind's own process
 * while Astro bundles and renders, on the machine's other core; the build only waits for it
 * at the end. That is why it uses Pagefind's Node API with custom records rather than
 * `pagefind --site dist` after the build: most of the index's time overlaps the rendering
 * (with the words of real text, writing it still ends near the end of the build), Chinese and
 * Japanese text can be split into words first (lib/segment.ts, see docs/search.md), result
 * URLs carry the base path, and every error fails the build with the record named.
 *
 * In `astro dev` the index of the last build (dist/pagefind) is served when there is one;
 * the search page says how to build it when there is none.
 */
import { cpSync, createReadStream, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { BASE, SETTINGS, today } from '../config.ts';
import { lowerOwnThreads } from '../build/priority.ts';
import { publishedText } from '../lib/markdown-text.ts';
import { archiveSearchRecords, SEARCH_INDEX_LANGUAGE, UNDATED_SORT_KEY } from '../lib/search-record.ts';
import { interfaceFor } from '../lib/i18n/index.ts';
import { segmentWords } from '../lib/segment.ts';
import { entryPath, withBase } from '../lib/urls.ts';
import type { ValidationResult } from '../validation/validate.ts';
import { publishedArchive, validatedContent } from './validated-content.ts';

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

/** The index being built in the background, written to a temporary folder when complete. */
interface PendingIndex {
  written: Promise<{ folder: string; count: number; problems: string[] }>;
}

/**
 * Starts adding every published record of `result` to a new Pagefind index. `language` is the
 * interface's, which records other than essays are in; the index itself is in one language
 * for all records (SEARCH_INDEX_LANGUAGE), each record's own kept as its `language` filter.
 */
function startIndexing(result: ValidationResult, language: string, day: Date): PendingIndex {
  const archive = publishedArchive(result, day);
  const bodies = new Map(result.entries.map((e) => [`${e.collection}/${e.id}`, e.body]));
  // The words each body publishes: what the sanitiser keeps of it, never a script's code.
  // Results and filters speak the search page's language: the site's interface language.
  const ui = interfaceFor(language);
  const labels = { lang: ui.lang, recordTypes: ui.t.labels.recordTypes, formats: ui.t.labels.formats, reflectsOn: ui.t.essay.reflectsOn };
  const records = archiveSearchRecords(
    archive,
    (collection, id) => publishedText(bodies.get(`${collection}/${id}`) ?? ''),
    language,
    labels,
  );
  const written = (async () => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_INDEX_LANGUAGE });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // The index takes longer than the page rendering, and the build waits for it: Pagefind
    // keeps the build's priority and the build's own process steps down (build/priority.ts).
    lowerOwnThreads();
    const problems = [...errors];
    const count = records.length;
    // Sent in batches: a few requests in flight keep Pagefind busy without flooding it. Each
    // batch leaves the list as it is sent, so that the records' texts are not held while
    // Pagefind writes the index, when the build's memory is highest.
    const batch = 32;
    while (records.length > 0) {
      await Promise.all(
        records.splice(0, batch).map(async ({ collection, id, record }) => {
          const response = await index.addCustomRecord({
            url: withBase(entryPath(collection, id), BASE),
            content: segmentWords(record.text),
            language: SEARCH_INDEX_LANGUAGE,
            // The record's language, for the results to mark their title and excerpt with it.
            meta: {
              title: record.title,
              type: record.filters.type?.[0] ?? '',
              lang: record.lang,
              ...(record.date ? { date: record.date.display } : {}),
            },
            filters: Object.fromEntries(Object.entries(record.filters).filter(([, values]) => values.length > 0)),
            sort: { date: record.date?.iso ?? UNDATED_SORT_KEY },
          });
          if (response.errors.length > 0) problems.push(...response.errors.map((e) => `${collection}/${id}: ${e}`));
        }),
      );
    }
    // Written as soon as it is complete, while Astro still renders.
    const folder = mkdtempSync(join(tmpdir(), 'archive-pagefind-'));
    try {
      const result = await index.writeFiles({ outputPath: folder });
      problems.push(...result.errors);
    } finally {
      await pagefind.close();
    }
    return { folder, count, problems };
  })();
  // The failure, if any, is reported when the build waits for the index.
  written.catch(() => undefined);
  return { written };
}

export function searchIndex({ language }: { language: string }): AstroIntegration {
  let base = '/';
  let outDir = '';
  let pending: PendingIndex | undefined;
  let started = 0;
  return {
    name: 'archive:search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const result = validatedContent(SETTINGS.contentDir);
        if (result.problems.some((p) => p.severity === 'error')) return; // the content check stops the build
        started = performance.now();
        pending = startIndexing(result, language, today());
      },
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
          response.setHeader('Content-Type', CONTENT_TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
          return undefined;
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pending) throw new Error('The search index was not started: the content was not validated.');
        const site = fileURLToPath(dir);
        const { folder, count, problems } = await pending.written;
        if (problems.length > 0) throw new Error(`The search index could not be built:\n${problems.map((p) => `  ${p}`).join('\n')}`);
        const target = join(site, 'pagefind');
        rmSync(target, { recursive: true, force: true });
        try {
          renameSync(folder, target);
        } catch {
          // Another file system: copy instead.
          cpSync(folder, target, { recursive: true });
          rmSync(folder, { recursive: true, force: true });
        }
        // The search page has its own interface; Pagefind's prebuilt ones would only be dead weight.
        for (const file of UNUSED_BUNDLE_FILES) rmSync(join(target, file), { force: true });
        logger.info(
          `search index: ${count} records (started ${Math.round((performance.now() - started) / 1000)} s ago, alongside the build)`,
        );
      },
    },
  };
}
