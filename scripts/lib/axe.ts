/**
 * axe-core in a Playwright page: the engine is put into the page once and run there, so
 * each check costs the rules' own time. (@axe-core/playwright injects the whole engine
 * again on every call and finishes each run in a second page, which took a second or more
 * per check on the 2-core CI machine.) Evaluated scripts are not subject to the page's
 * Content-Security-Policy, so the site can be checked under its real headers.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.2 levels A and AA, as axe-core tags them. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] as const;

export interface AxeViolation {
  id: string;
  help: string;
  targets: string[];
}

/** The WCAG A/AA violations axe-core finds on the page as it is now. */
export async function axeViolations(page: Page, tags: readonly string[] = WCAG_AA): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async (runOnly) => {
      const engine = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await engine.run(document, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] });
      return results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    },
    [...tags],
  );
}
