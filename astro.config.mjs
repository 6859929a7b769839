// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentDir, SITE } from './src/config';
import { contentIntegrity } from './src/integrations/content-integrity';
import { searchIndex } from './src/integrations/search-index';

// Astro caches parsed content by file digest; a separate cache per content folder keeps
// builds of different folders (CONTENT_DIR) from reusing each other's entries.
const cacheKey = createHash('sha256').update(contentDir()).digest('hex').slice(0, 12);

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  // Keep the whitespace between inline elements: compression joins "<a>A</a> <a>B</a>" lists.
  compressHTML: false,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [contentIntegrity(), mdx(), searchIndex({ language: SITE.lang })],
});
