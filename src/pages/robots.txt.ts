import { BASE, SETTINGS } from '../config.ts';
import { withBase } from '../lib/urls.ts';
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('/sitemap-index.xml', BASE), site).href;
  const admin = SETTINGS.cms.enabled ? `Disallow: ${withBase('/admin/', BASE)}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${admin}\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
