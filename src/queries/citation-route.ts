/**
 * The dev server's routes for an essay's citation files (/essays/<id>.bib, .ris, .json): one
 * definition for the three formats. A build writes these files from
 * integrations/citation-files.ts instead, so the routes list no paths there.
 */
import type { APIRoute } from 'astro';
import { citationFiles } from '../lib/citation.ts';
import { getArchive, type Essay } from './collections.ts';
import { essayCitation } from './citations.ts';

const CONTENT_TYPES = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
} as const;

export function citationRoute(format: keyof typeof CONTENT_TYPES) {
  async function getStaticPaths() {
    if (!import.meta.env.ARCHIVE_PREVIEW) return [];
    const archive = await getArchive();
    return archive.essays.map((essay) => ({ params: { id: essay.id }, props: { essay } }));
  }
  const GET: APIRoute<{ essay: Essay }> = async ({ props: { essay }, site }) => {
    const body = citationFiles(essayCitation(essay, await getArchive(), site!))[format];
    return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
  };
  return { getStaticPaths, GET };
}
