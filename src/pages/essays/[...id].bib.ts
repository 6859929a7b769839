import type { APIRoute } from 'astro';
import { citationFiles } from '../../integrations/citation-files.ts';
import { getArchive, type Essay } from '../../queries/archive.ts';
import { essayCitation } from '../../queries/citations.ts';

/** Served by `astro dev`; a build writes these files from integrations/citation-files.ts. */
export async function getStaticPaths() {
  if (!import.meta.env.ARCHIVE_PREVIEW) return [];
  const archive = await getArchive();
  return archive.essays.map((essay) => ({ params: { id: essay.id }, props: { essay } }));
}

export const GET: APIRoute<{ essay: Essay }> = async ({ props: { essay }, site }) => {
  const body = citationFiles(essayCitation(essay, await getArchive(), site!)).bib;
  return new Response(body, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
