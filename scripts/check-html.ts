/**
 * npm run check:html [-- folder]: validates every HTML page of a built site (default dist/)
 * with the W3C Nu HTML Checker (npm vnu-jar, run with the machine's Java). Prints the
 * errors and exits 1 if there is any. Build first: npm run build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { SETTINGS } from '../src/config.ts';

const folder = resolve(process.argv[2] ?? 'dist');
if (!existsSync(folder)) {
  console.error(`${folder} does not exist: run npm run build first.`);
  process.exit(2);
}
const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const java = SETTINGS.java;
const run = spawnSync(java, ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'gnu', folder], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) {
  console.error(`Could not run Java (${java}): ${run.error.message}. Install a Java runtime (Debian: default-jre-headless).`);
  process.exit(2);
}
const errors = `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.trim() !== '');
for (const line of errors) console.log(line.replace(`file:${folder}/`, '').replace(/^"|"(?=:)/g, ''));
console.log(errors.length === 0 ? `HTML: no errors in ${folder}` : `HTML: ${errors.length} error${errors.length === 1 ? '' : 's'}`);
process.exit(errors.length === 0 && run.status === 0 ? 0 : 1);
