/**
 * Old addresses (aliases) of essays. Each one is written as a small page at that address, so
 * none may take an address the site already publishes (lib/site-addresses.ts lists them all),
 * enter a part of the site the build or the host keeps for itself, or be claimed twice.
 */
import { addressKey, foldersAbove, reservedPart, siteFiles, type SiteFile } from '../../lib/site-addresses.ts';
import { aliasOutputFile } from '../../lib/urls.ts';
import { aliasProblem } from '../../schemas/fields.ts';
import { fieldLabel } from '../issues.ts';
import { at, fieldsOf, type Candidate, type Reporter } from '../types.ts';

/** What the check needs beside the content: the files public/ holds, published as they are. */
interface AliasContext {
  publicFiles: readonly string[];
}

interface Claim {
  candidate: Candidate;
  index: number;
  alias: string;
  key: string;
}

/** File names of an essay's attachments as written, whatever else is wrong with them. */
function attachmentNames(fields: Record<string, unknown> | undefined): string[] {
  const attachments = Array.isArray(fields?.attachments) ? (fields.attachments as Array<{ file?: unknown }>) : [];
  return attachments.flatMap((a) => (typeof a?.file === 'string' ? [a.file.split('/').pop() ?? a.file] : []));
}

/** The language an essay is written in, English unless it says (the schema's default). */
function languageOf(fields: Record<string, unknown> | undefined): string {
  return typeof fields?.lang === 'string' ? fields.lang : 'en';
}

export function checkAliases(candidates: Candidate[], report: Reporter, { publicFiles }: AliasContext = { publicFiles: [] }) {
  const fileOf = (entry: SiteFile['entry']) => candidates.find((c) => c.collection === entry?.collection && c.id === entry.id)?.file;
  const entries = candidates.map((c) => ({
    collection: c.collection,
    id: c.id,
    attachments: c.collection === 'essays' ? attachmentNames(fieldsOf(c)) : [],
    ...(c.collection === 'essays' ? { lang: languageOf(fieldsOf(c)) } : {}),
  }));
  // Every record's addresses count, published or not: a draft or scheduled essay takes its
  // address later, as does /admin/ when the browser editor is turned on. The essay list's
  // pages are the whole of /essays/page/ (reservedPart), however many there will be.
  const taken = new Map<string, SiteFile>();
  for (const site of siteFiles({ entries, publicFiles, essaysPerPage: Number.POSITIVE_INFINITY, cms: true })) {
    // The site's own pages come first: a page called "search" is refused on its own (ids.ts).
    if (!taken.has(addressKey(site.file))) taken.set(addressKey(site.file), site);
  }
  const described = (site: SiteFile) => {
    const file = fileOf(site.entry);
    if (!file) return site.what;
    return site.page ? file : `${site.what} of ${file}`;
  };

  const claims: Claim[] = [];
  for (const candidate of candidates) {
    const fields = fieldsOf(candidate);
    if (candidate.collection !== 'essays' || !fields || !Array.isArray(fields.aliases)) continue;
    (fields.aliases as unknown[]).forEach((alias, index) => {
      if (typeof alias !== 'string' || aliasProblem(alias)) return; // the schema reports its form
      const path = ['aliases', index];
      const pos = at(candidate, path);
      const say = (message: string) => report(candidate.file, pos.line, pos.column, fieldLabel(path), message);
      const key = addressKey(aliasOutputFile(alias));
      const site = [key, ...foldersAbove(key)].map((k) => taken.get(k)).find(Boolean);
      const reserved = reservedPart(alias);
      const extension = /\.(xml|json|txt|bib|ris|yml)$/i.exec(alias)?.[0];
      if (site?.page && fileOf(site.entry) === candidate.file) {
        say('is the address of this essay itself; remove it');
      } else if (site) {
        say(
          `is the address of ${described(site)}; an old address cannot replace ${site.page ? 'a current page' : 'a file the site publishes'}`,
        );
      } else if (reserved) {
        say(`uses "${reserved}", which the site or its host keeps for itself; choose the old page's real path`);
      } else if (extension) {
        say(`ends in "${extension}", a kind of file the site publishes itself; an old address of an essay is the address of a page`);
      } else {
        claims.push({ candidate, index, alias, key });
      }
    });
  }
  reportClashes(claims, report);
}

/** Old addresses claimed twice, or one inside another that would have to be a folder and a file at once. */
function reportClashes(claims: Claim[], report: Reporter) {
  const byKey = new Map<string, Claim[]>();
  for (const claim of claims) byKey.set(claim.key, [...(byKey.get(claim.key) ?? []), claim]);
  for (const claim of claims) {
    const { candidate, index } = claim;
    const path = ['aliases', index];
    const pos = at(candidate, path);
    const say = (message: string) => report(candidate.file, pos.line, pos.column, fieldLabel(path), message);
    const same = byKey.get(claim.key)!.filter((other) => other !== claim);
    const outer = foldersAbove(claim.key)
      .map((folder) => byKey.get(folder)?.[0])
      .find(Boolean);
    if (same.length > 0) {
      const others = [...new Set(same.map((c) => c.candidate.file).filter((file) => file !== candidate.file))];
      say(
        others.length > 0
          ? `is also an alias in ${others.join(', ')}; an old address can lead to one page only`
          : 'is listed twice; keep one',
      );
    } else if (outer) {
      const where = outer.candidate === candidate ? 'in this essay' : `in ${outer.candidate.file}`;
      say(`lies inside the old address "${outer.alias}" (${where}), which would have to be a file and a folder at once; keep one of them`);
    }
  }
}
