// A real browser for the tests: Debian's Chromium driven by playwright-core, plus what every
// browser test needs (console error collection, axe-core). Browser tests never skip silently:
// outside CI a missing Chromium skips them with a message; in CI it fails them.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const MISSING = `Chromium was not found at ${CHROMIUM_PATH} (install it with: apt-get install -y chromium, or set CHROMIUM_PATH)`;

/**
 * For describe(..., { skip }): a message when the browser tests cannot run here, else false.
 * In CI (CI=true) a missing browser is not a reason to skip: launchBrowser then fails loudly.
 */
export function browserSkip(): string | false {
  if (existsSync(CHROMIUM_PATH)) return false;
  if (process.env.CI === 'true') return false;
  return `${MISSING}; skipping the browser tests (in CI they fail instead)`;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${MISSING}; browser tests are required in CI`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Collects everything a reader's console would show as an error: console.error messages
 * (which include CSP refusals and failed loads), uncaught exceptions, and CSP violation events.
 */
export function watchErrors(page: Page, { ignore = [] as RegExp[] } = {}): string[] {
  const errors: string[] = [];
  const push = (error: string) => {
    if (!ignore.some((pattern) => pattern.test(error))) errors.push(error);
  };
  page.on('console', (message) => {
    if (message.type() === 'error') push(`console: ${message.text()} (${message.location().url || page.url()})`);
  });
  page.on('pageerror', (error) => push(`uncaught: ${error.message} (${page.url()})`));
  page.on('response', (response) => {
    if (response.status() >= 400) push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

let axeSource: string | undefined;

/**
 * Runs axe-core in the page. The source goes in with page.evaluate (the DevTools protocol),
 * which the page's CSP does not govern; a <script> tag with it inline would be refused.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  });
}

/** One line per violating element, for an assertion message a person can act on. */
export function describeViolations(where: string, violations: AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${where}: [${v.id}, ${v.impact}] ${v.help} — ${n.target.join(' ')} ${n.html.slice(0, 160)}`))
    .join('\n');
}
