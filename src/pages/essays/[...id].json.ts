import type { APIRoute } from 'astro';
import { cslJson } from '../../lib/citation.ts';
import { getArchive, type Essay } from '../../queries/archive.ts';
import { essayCitation } from '../../queries/citations.ts';

export async function getStaticPaths() {
  const archive = await getArchive();
  return archive.essays.map((essay) => ({ params: { id: essay.id }, props: { essay } }));
}

/** CSL-JSON: an array with the essay's one item, as reference managers expect. */
export const GET: APIRoute<{ essay: Essay }> = async ({ props: { essay }, site }) => {
  const body = `${JSON.stringify([cslJson(essayCitation(essay, await getArchive(), site!))], null, 2)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
