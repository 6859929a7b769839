import type { APIRoute } from 'astro';
import { bibtex } from '../../lib/citation.ts';
import { getArchive, type Essay } from '../../queries/archive.ts';
import { essayCitation } from '../../queries/citations.ts';

export async function getStaticPaths() {
  const archive = await getArchive();
  return archive.essays.map((essay) => ({ params: { id: essay.id }, props: { essay } }));
}

export const GET: APIRoute<{ essay: Essay }> = async ({ props: { essay }, site }) => {
  const body = bibtex(essayCitation(essay, await getArchive(), site!));
  return new Response(body, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
