// The page as a reader gets it: opened in headless Chromium (Debian's, driven
// by playwright-core), with every request and console message watched.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/cli.js';
import { auditProject, type AuditProject } from './support.js';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-output/audit');
const INJECTED = '<img src=x onerror=alert(1)><script>alert(2)</script>';

describe('the audit page in a browser', () => {
  let project: AuditProject;
  let browser: Browser;

  beforeAll(async () => {
    project = auditProject();
    const outcome = await project.audit();
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    project?.remove();
  });

  it('loads with no console error, no request but the page, charts and work list visible, the injected title inert, and prints', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const pageUrl = pathToFileURL(path.join(project.dir, 'out/index.html')).href;
    const requests: string[] = [];
    const problems: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Anything beyond the page itself is refused (and recorded above).
    await page.route('**/*', (route) => (route.request().url() === pageUrl ? route.continue() : route.abort()));

    await page.goto(pageUrl, { waitUntil: 'load' });

    expect(problems).toEqual([]);
    expect(requests).toEqual([pageUrl]);
    expect(dialogs).toEqual([]);

    const charts = page.locator('figure.chart svg');
    expect(await charts.count()).toBe(5);
    for (const chart of await charts.all()) {
      await expect.poll(() => chart.isVisible()).toBe(true);
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.height).toBeGreaterThan(50);
    }
    const workRows = page.locator('table.work-list tbody tr');
    expect(await workRows.count()).toBeGreaterThan(3);
    expect(await workRows.first().isVisible()).toBe(true);

    // The title is text on the page, not an element.
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.locator('#work-list').innerText()).toContain(INJECTED);
    expect(await page.evaluate(() => document.querySelectorAll('[onerror]').length)).toBe(0);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'index.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    writeFileSync(path.join(SCREENSHOTS, 'index.pdf'), pdf);
    expect(problems).toEqual([]);
    await page.close();
  });
});
