import type { APIRoute } from 'astro';
import { DATASET_BUILDERS, DATASETS, datasetDocument, type Dataset } from '../../lib/open-data.ts';
import { getArchive } from '../../queries/collections.ts';
import { exportContext } from '../../queries/export-context.ts';

export function getStaticPaths() {
  return DATASETS.map((dataset) => ({ params: { dataset } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const dataset = params.dataset as Dataset;
  const archive = await getArchive();
  const items = DATASET_BUILDERS[dataset](archive, exportContext(site!));
  return new Response(`${JSON.stringify(datasetDocument(dataset, items, archive.today), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
