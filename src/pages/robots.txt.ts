import type { APIRoute } from 'astro';
import { sitePath } from '../lib/site-path.ts';
import { cmsEnabled } from '../integrations/cms-admin.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(sitePath('/sitemap-index.xml'), site).href;
  const admin = cmsEnabled() ? `Disallow: ${sitePath('/admin/')}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${admin}\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
