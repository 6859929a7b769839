/**
 * The browser editor, when the site owner turns it on: `DECAP_CMS=true CMS_REPO=owner/name
 * npm run build` writes /admin/ (Decap CMS) with a configuration generated from the schemas
 * (src/lib/cms-config.ts). Off by default: the published site then has no /admin/ at all.
 * Decap is loaded from a pinned version on unpkg with a Subresource Integrity hash; see
 * docs/editing.md for the trade-off.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import { SETTINGS } from '../config.ts';
import { decapConfig } from '../lib/cms-config.ts';

export const DECAP_VERSION = '3.16.3';
/** sha384 of dist/decap-cms.js in the decap-cms@3.16.3 package, as published to npm. */
export const DECAP_INTEGRITY = 'sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p';

function adminPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Content manager</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<script src="https://unpkg.com/decap-cms@${DECAP_VERSION}/dist/decap-cms.js" integrity="${DECAP_INTEGRITY}" crossorigin="anonymous"></script>
</head>
<body>
<noscript>The content manager needs JavaScript.</noscript>
</body>
</html>
`;
}

export function cmsAdmin(): AstroIntegration {
  return {
    name: 'archive:cms-admin',
    hooks: {
      'astro:config:setup': () => {
        if (SETTINGS.cms.enabled && !/^[\w.-]+\/[\w.-]+$/.test(SETTINGS.cms.repo ?? '')) {
          throw new Error(
            'DECAP_CMS=true needs CMS_REPO, the GitHub repository the editor commits to, written owner/name (e.g. CMS_REPO=asianz/track-two-archive).',
          );
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!SETTINGS.cms.enabled) return;
        const admin = join(fileURLToPath(dir), 'admin');
        mkdirSync(admin, { recursive: true });
        const config = decapConfig({
          repo: SETTINGS.cms.repo!,
          branch: SETTINGS.cms.branch,
          contentFolder: relative(process.cwd(), SETTINGS.contentDir).split('\\').join('/') || '.',
        });
        writeFileSync(join(admin, 'config.yml'), stringify(config, { lineWidth: 0, aliasDuplicateObjects: false }));
        writeFileSync(join(admin, 'index.html'), adminPage());
        logger.info(`browser editor written to /admin/ for ${SETTINGS.cms.repo}`);
      },
    },
  };
}
