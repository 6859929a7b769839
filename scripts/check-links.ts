/**
 * npm run check:links [-- folder] [--base /archive/]: crawls a built site (default dist/) on
 * a local server and reports every broken internal link or #fragment. Build first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { crawl } from './lib/links.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { base: { type: 'string', default: '/' } } });
const folder = resolve(positionals[0] ?? 'dist');
if (!existsSync(folder)) {
  console.error(`${folder} does not exist: run npm run build first.`);
  process.exit(2);
}
const { checked, broken } = await crawl(folder, values.base);
for (const link of broken) console.log(`${link.parent ?? '?'} → ${link.url} (${link.status ?? 'no answer'})`);
console.log(
  broken.length === 0
    ? `Links: ${checked} internal links and fragments, none broken`
    : `Links: ${broken.length} broken of ${checked + broken.length}`,
);
process.exit(broken.length === 0 ? 0 : 1);
