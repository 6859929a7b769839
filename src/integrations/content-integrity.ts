/**
 * Enforces the editors' contract around the Astro build:
 * - before Astro reads any content, the whole folder is validated and the build stops with
 *   every problem listed (file:line:column  field  message), and nothing else;
 * - the site is built into a fresh folder beside the output folder (build/staged-output.ts);
 * - after the build, the output is checked against the content (output-check.ts), and only
 *   then moved into place, so a build that fails leaves the last good site as it was.
 * In `astro dev` problems are logged instead (and again after each edit), so the preview
 * keeps running while an editor fixes them.
 *
 * Two integrations share this state: `before` runs first, `after` last of all, once the search
 * index, the citation files, the sitemap and the browser editor are written.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { BASE, SETTINGS, SITE, today } from '../config.ts';
import { stageOutput, type StagedOutput } from '../build/staged-output.ts';
import { contentReport, formatProblem, summarise } from '../validation/report.ts';
import { validateContent, type ValidationResult } from '../validation/validate.ts';
import { checkOutput } from './output-check.ts';
import { validatedContent } from './validated-content.ts';

function logProblems(result: ValidationResult, logger: AstroIntegrationLogger) {
  for (const problem of result.problems) {
    if (problem.severity === 'error') logger.error(formatProblem(problem));
    else logger.warn(formatProblem(problem));
  }
}

export function contentIntegrity(): { before: AstroIntegration; after: AstroIntegration } {
  let result: ValidationResult | undefined;
  let staged: StagedOutput | undefined;
  let finalDir = '';
  const folder = SETTINGS.contentDir;
  const before: AstroIntegration = {
    name: 'archive:content-integrity',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig, config }) => {
        result = validatedContent(folder);
        const errors = result.problems.filter((p) => p.severity === 'error');
        if (errors.length > 0 && command !== 'dev') {
          // The report is the whole message. Astro prints an error thrown by a hook as "an
          // unhandled error" with its stack trace (astro/dist/integrations/hooks.js,
          // astro/dist/cli/throw-and-exit.js), which tells an editor nothing; so the report is
          // printed here and the build ends, before anything is written.
          process.stderr.write(`${contentReport(errors, folder)}\n`);
          process.exit(1);
        }
        logProblems(result, logger);
        if (errors.length > 0) logger.error(`${summarise(errors)}: the preview shows what could be read.`);
        else logger.info(`content OK: ${result.fileCount} files in ${folder}`);
        const root = fileURLToPath(config.root);
        if (command === 'build') {
          finalDir = fileURLToPath(config.outDir);
          staged = stageOutput(finalDir, root);
          const outDir = pathToFileURL(`${staged.folder}/`);
          updateConfig({ outDir, build: { client: new URL('./client/', outDir), server: new URL('./server/', outDir) } });
        }
        // Images beside essays may live outside the project when CONTENT_DIR points elsewhere.
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
            const next = validateContent(folder, { publicDir: SETTINGS.publicDir, today: today() });
            logProblems(next, logger);
            if (next.problems.length === 0) logger.info('content OK');
          }, 200);
        };
        server.watcher.add(folder);
        server.watcher.on('change', recheck).on('add', recheck).on('unlink', recheck);
      },
    },
  };
  const after: AstroIntegration = {
    name: 'archive:output-integrity',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!result || !staged) return;
        const { problems, pages, unpublished } = checkOutput(result, fileURLToPath(dir), {
          day: today(),
          base: BASE,
          publicDir: SETTINGS.publicDir,
          essaysPerPage: SITE.essaysPerPage,
          cms: SETTINGS.cms.enabled,
        });
        if (problems.length > 0) {
          throw new Error(['The built site does not match the content:', ...problems.map((p) => `  ${p}`)].join('\n'));
        }
        staged.publish();
        logger.info(`output OK: ${pages} pages for published entries, ${unpublished} unpublished kept out`);
        logger.info(`site written to ${finalDir}`);
      },
    },
  };
  return { before, after };
}
