/** Describes the open data files: what each holds, how many items, where it is. */
import type { APIRoute } from 'astro';
import { SITE } from '../../config';
import { DATASET_BUILDERS, DATASET_DESCRIPTIONS, DATASETS } from '../../lib/open-data';
import { toIsoDate } from '../../lib/dates';
import { sitePath } from '../../lib/site-path';
import { getArchive } from '../../queries/archive';
import { exportContext } from '../../queries/open-data';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const context = exportContext(site!);
  const body = {
    title: `${SITE.title}: open data`,
    publisher: SITE.publisher,
    generated: toIsoDate(archive.today),
    documentation: new URL(sitePath('/data/'), site).href,
    datasets: DATASETS.map((name) => ({
      name,
      url: new URL(sitePath(`/data/${name}.json`), site).href,
      description: DATASET_DESCRIPTIONS[name],
      count: DATASET_BUILDERS[name](archive, context).length,
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
