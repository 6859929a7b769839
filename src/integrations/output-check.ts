/**
 * The built site against the content: every address lib/site-addresses.ts lists for the
 * published records is there, nothing else is (so a new page, feed or file cannot be left out
 * of the list the content check guards), no unpublished essay left a page, and every old
 * address holds the redirect to its essay rather than having been written over another file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addressKey, inBuildFolders, siteFiles } from '../lib/site-addresses.ts';
import { aliasOutputFile, entryPath, withBase } from '../lib/urls.ts';
import { essayVisibility } from '../lib/visibility.ts';
import { listFiles } from '../validation/source.ts';
import type { ValidationResult } from '../validation/validate.ts';

interface OutputSettings {
  day: Date;
  base: string;
  publicDir: string;
  essaysPerPage: number;
  cms: boolean;
}

/** Files under `dir`, relative to it with "/"; names starting with "." are left out, as public/'s are. */
function filesOf(dir: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = `${prefix}${entry.name}`;
    files.push(...(entry.isDirectory() ? filesOf(dir, `${path}/`) : [path]));
  }
  return files;
}

/**
 * What is wrong with the site built in `outDir` from `result`, one line each (none when it
 * matches), how many pages the published records have (old addresses included), and how many
 * pages of unpublished essays were kept out.
 */
export function checkOutput(
  result: ValidationResult,
  outDir: string,
  settings: OutputSettings,
): { problems: string[]; pages: number; unpublished: number } {
  const published = result.entries.filter(
    (entry) =>
      entry.collection !== 'essays' || essayVisibility(entry.data as { draft: boolean; pubDate: Date }, settings.day) === 'published',
  );
  const attachments = (data: Record<string, unknown>) =>
    ((data.attachments ?? []) as Array<{ file: string }>).map(({ file }) => file.split('/').pop() ?? file);
  const expected = siteFiles({
    entries: published.map(({ collection, id, data }) => ({
      collection,
      id,
      attachments: collection === 'essays' ? attachments(data) : [],
      translationOf: data.translationOf as string | undefined,
      ...(collection === 'essays' ? { lang: String(data.lang) } : {}),
    })),
    publicFiles: listFiles(settings.publicDir),
    essaysPerPage: settings.essaysPerPage,
    cms: settings.cms,
  });
  const aliases = published.flatMap(({ collection, id, data }) =>
    collection === 'essays' ? (data.aliases as string[]).map((alias) => ({ id, file: aliasOutputFile(alias) })) : [],
  );
  const isPublished = new Set(published);
  const unpublished = new Set(
    result.entries
      .filter((entry) => !isPublished.has(entry))
      .flatMap(({ id, data }) => [aliasOutputFile(entryPath('essays', id)), ...(data.aliases as string[]).map(aliasOutputFile)]),
  );

  const actual = new Set(filesOf(outDir));
  const known = new Set([...expected.map((s) => s.file), ...aliases.map((a) => a.file)]);
  const byKey = new Map(expected.map((site) => [addressKey(site.file), site]));
  const problems: string[] = [];
  for (const { file } of expected) if (!actual.has(file)) problems.push(`missing: ${file}`);
  for (const file of unpublished) if (actual.has(file)) problems.push(`page of an unpublished essay: ${file}`);
  for (const file of actual) {
    if (!known.has(file) && !unpublished.has(file) && !inBuildFolders(file)) {
      problems.push(`not among the site's addresses (src/lib/site-addresses.ts lists them): ${file}`);
    }
  }
  for (const { id, file } of aliases) {
    const taken = byKey.get(addressKey(file));
    const target = withBase(entryPath('essays', id), settings.base);
    if (taken) problems.push(`old address of essays/${id} written over ${taken.what}: ${file}`);
    else if (!actual.has(file)) problems.push(`missing: ${file}`);
    else if (!readFileSync(join(outDir, file), 'utf8').includes(`url=${target}"`)) {
      problems.push(`old address of essays/${id} does not lead to ${target}: ${file}`);
    }
  }
  return { problems, pages: published.length + aliases.length, unpublished: unpublished.size };
}
