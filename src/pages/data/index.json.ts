/** Describes the open data files: what each holds, how many items, where it is. */
import { withBase } from '../../lib/urls.ts';
import type { APIRoute } from 'astro';
import { BASE, SITE } from '../../config.ts';
import { DATASET_BUILDERS, DATASET_DESCRIPTIONS, DATASETS } from '../../lib/open-data.ts';
import { toIsoDate } from '../../lib/dates.ts';
import { getArchive } from '../../queries/collections.ts';
import { exportContext } from '../../queries/export-context.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const context = exportContext(site!);
  const body = {
    title: `${SITE.title}: open data`,
    publisher: SITE.publisher,
    generated: toIsoDate(archive.today),
    documentation: new URL(withBase('/data/', BASE), site).href,
    datasets: DATASETS.map((name) => ({
      name,
      url: new URL(withBase(`/data/${name}.json`, BASE), site).href,
      description: DATASET_DESCRIPTIONS[name],
      count: DATASET_BUILDERS[name](archive, context).length,
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
