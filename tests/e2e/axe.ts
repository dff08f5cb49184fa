/**
 * axe in the real browser (colour contrast included). Handed in through the DevTools protocol, so
 * the page makes no request for it, nothing is intercepted and the page's CSP stays as built.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';

/** The axe rules the page breaks, as `id (nodes)`; empty when it is clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  const axeSource = require.resolve('axe-core', { paths: [path.dirname(require.resolve('jest-axe/package.json'))] });
  await page.evaluate(fs.readFileSync(axeSource, 'utf8'));
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}
