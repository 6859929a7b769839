/**
 * Debian's Chromium driven by playwright-core (no browser download). CHROME_PATH overrides
 * the binary. The flags keep it off the network this machine does not have, and keep pages
 * in the background running at full speed (timers are otherwise throttled in hidden tabs).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { SETTINGS } from '../../src/config.ts';

export const BROWSER_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
] as const;

/**
 * A fresh browser with its own profile folder. `extraArgs` are added to the flags, e.g.
 * `--host-resolver-rules=MAP archive.test:80 127.0.0.1:<port>` to serve a site built for
 * another origin from a local server.
 */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chromium-')), {
    executablePath: SETTINGS.chromePath,
    args: [...BROWSER_FLAGS, ...extraArgs],
  });
}
