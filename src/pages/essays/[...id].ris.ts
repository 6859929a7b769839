import type { APIRoute } from 'astro';
import { ris } from '../../lib/citation';
import { getArchive, type Essay } from '../../queries/archive';
import { essayCitation } from '../../queries/citations';

export async function getStaticPaths() {
  const archive = await getArchive();
  return archive.essays.map((essay) => ({ params: { id: essay.id }, props: { essay } }));
}

export const GET: APIRoute<{ essay: Essay }> = async ({ props: { essay }, site }) => {
  const body = ris(essayCitation(essay, await getArchive(), site!));
  return new Response(body, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
