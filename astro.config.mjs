// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugins } from './src/lib/base-links';
import { BASE, cacheDirFor, SETTINGS, SITE } from './src/config';
import { CSP_META_DIRECTIVES, SCRIPT_SOURCES } from './src/lib/security-headers';
import { contentIntegrity } from './src/integrations/content-integrity';
import { searchIndex } from './src/integrations/search-index';
import { cmsAdmin } from './src/integrations/cms-admin';
import { citationFilesIntegration } from './src/integrations/citation-files';
import { sitemapLanguageAlternates } from './src/integrations/sitemap-alternates';

// Checks the content before the build and the site after it, which it moves into place only then.
const integrity = contentIntegrity();

export default defineConfig({
  site: SETTINGS.siteUrl,
  base: BASE,
  // The content check keeps old addresses off these files' (src/lib/site-addresses.ts).
  publicDir: SETTINGS.publicDir,
  cacheDir: cacheDirFor(SETTINGS.contentDir),
  // Keep the whitespace between inline elements: compression joins "<a>A</a> <a>B</a>" lists.
  compressHTML: false,
  // Site paths written in content ("/partners/x/") follow the base path.
  // No syntax highlighting: Shiki colours code with inline styles, which the pages'
  // Content-Security-Policy refuses; code blocks keep the stylesheet's monospace look.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: baseLinksPlugins(BASE) }) },
  trailingSlash: 'ignore',
  // The stylesheet is inlined, so a page renders without a second request; every page's meta
  // Content-Security-Policy carries its hash (src/lib/security-headers.ts). Scripts stay in files.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  security: {
    csp: {
      directives: [...CSP_META_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Sätteri (the Markdown processor, whose HTML parser the sanitiser uses when pages render
  // bodies, src/lib/sanitise.ts) is a native module: the pages' build loads it from
  // node_modules rather than bundling it. Browser code never imports it.
  vite: {
    build: { assetsInlineLimit: 0 },
    environments: { prerender: { build: { rolldownOptions: { external: ['satteri'] } } } },
  },
  integrations: [
    integrity.before,
    mdx(),
    // Every built page; the 404 page is not a page to find. Drafts, scheduled essays and old
    // addresses are never built as pages, so they cannot appear. The versions of a translated
    // essay name each other, as their pages do.
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname), serialize: sitemapLanguageAlternates() }),
    searchIndex({ language: SITE.lang }),
    citationFilesIntegration(),
    cmsAdmin(),
    // Last: the site is checked and moved into place once every integration has written to it.
    integrity.after,
  ],
});
