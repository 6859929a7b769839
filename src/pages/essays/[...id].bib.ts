import { citationRoute } from '../../queries/citation-route.ts';

export const { getStaticPaths, GET } = citationRoute('bib');
