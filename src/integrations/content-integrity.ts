/**
 * Enforces the editors' contract around the Astro build:
 * - before Astro reads any content, the whole folder is validated and the build stops with
 *   every problem listed (file:line:column  field  message);
 * - after the build, the output is checked against the content: every published entry has
 *   exactly its page, no draft or scheduled essay left a page behind.
 * In `astro dev` problems are logged instead (and again after each edit), so the preview
 * keeps running while an editor fixes them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { SETTINGS, today } from '../config.ts';
import { aliasOutputFile, entryPath } from '../lib/urls.ts';
import { essayVisibility } from '../lib/visibility.ts';
import { ContentError, formatProblem, summarise } from '../validation/report.ts';
import { validateContent, type ValidationResult } from '../validation/validate.ts';
import { validatedContent } from './validated-content.ts';

function logProblems(result: ValidationResult, logger: AstroIntegrationLogger) {
  for (const problem of result.problems) {
    if (problem.severity === 'error') logger.error(formatProblem(problem));
    else logger.warn(formatProblem(problem));
  }
}

/** Files in dist/ that must exist, and files that must not, for a validated content folder. */
function expectedOutput(result: ValidationResult, day: Date): { present: string[]; absent: string[] } {
  const present: string[] = [];
  const absent: string[] = [];
  for (const entry of result.entries) {
    const page = aliasOutputFile(entryPath(entry.collection, entry.id));
    if (entry.collection !== 'essays') {
      present.push(page);
      continue;
    }
    const data = entry.data as { draft: boolean; pubDate: Date; aliases: string[] };
    const visible = essayVisibility(data, day) === 'published';
    (visible ? present : absent).push(page, ...data.aliases.map(aliasOutputFile));
  }
  return { present, absent };
}

export function contentIntegrity(): AstroIntegration {
  let result: ValidationResult | undefined;
  const folder = SETTINGS.contentDir;
  return {
    name: 'archive:content-integrity',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig, config }) => {
        result = validatedContent(folder);
        const errors = result.problems.filter((p) => p.severity === 'error');
        if (errors.length > 0 && command !== 'dev') throw new ContentError(errors, folder);
        logProblems(result, logger);
        if (errors.length > 0) logger.error(`${summarise(errors)}: the preview shows what could be read.`);
        else logger.info(`content OK: ${result.fileCount} files in ${folder}`);
        // Images beside essays may live outside the project when CONTENT_DIR points elsewhere.
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            // Drafts and scheduled essays are shown by `astro dev` only. Decided by the command,
            // not by Vite's DEV flag, which any NODE_ENV other than "production" turns on.
            define: { 'import.meta.env.ARCHIVE_PREVIEW': JSON.stringify(command === 'dev') },
            ...(folder.startsWith(root) ? {} : { server: { fs: { allow: [root, folder] } } }),
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: NodeJS.Timeout | undefined;
        const recheck = (path: string) => {
          if (!path.startsWith(folder)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const next = validateContent(folder, { today: today() });
            logProblems(next, logger);
            if (next.problems.length === 0) logger.info('content OK');
          }, 200);
        };
        server.watcher.add(folder);
        server.watcher.on('change', recheck).on('add', recheck).on('unlink', recheck);
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!result) return;
        const out = fileURLToPath(dir);
        const { present, absent } = expectedOutput(result, today());
        const missing = present.filter((file) => !existsSync(join(out, file)));
        const leaked = absent.filter((file) => existsSync(join(out, file)));
        if (missing.length > 0 || leaked.length > 0) {
          throw new Error(
            [
              'The built site does not match the content:',
              ...missing.map((file) => `  missing page: ${file}`),
              ...leaked.map((file) => `  page of an unpublished essay: ${file}`),
            ].join('\n'),
          );
        }
        logger.info(`output OK: ${present.length} pages for published entries, ${absent.length} unpublished kept out`);
      },
    },
  };
}
