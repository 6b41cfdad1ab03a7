/**
 * The example estate's HTML report in Debian's Chromium: it loads with no
 * console error and no request beyond the file itself, shows the headline
 * and the HSCN worklist, sorts and filters, and leaves the screenshot the
 * README shows (docs/images/estate-report.png).
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli/cli.js');
const ESTATE = path.join(ROOT, 'examples/estate');
const CHROMIUM = '/usr/bin/chromium';
/** The README's copy is refreshed only on request, so a test run never changes a tracked file. */
const README_SCREENSHOT = path.join(ROOT, 'docs/images/estate-report.png');
const SCREENSHOT = process.env.UPDATE_SCREENSHOTS ? README_SCREENSHOT : path.join(ROOT, 'test-results/estate-report.png');
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

describe('estate report in Chromium', { skip: fs.existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install chromium)` }, () => {
  let scratch: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  before(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-estate-'));
    const html = path.join(scratch, 'estate.html');
    const history = ['2026-10-01', '2026-11-02'].flatMap((date) => ['--previous', path.join(ESTATE, 'history', `${date}.json`)]);
    const run = spawnSync(process.execPath, [CLI, 'report', '--date', '2026-12-05', ...history, '--output', html, path.join(ESTATE, 'sarif')], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, `report failed: ${run.stderr}`);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`[${message.type()}] ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`[pageerror] ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  });

  after(async () => {
    await browser?.close();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  test('loads with no console error and fetches nothing', () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(
      requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:')),
      [],
    );
  });

  test("takes the screenshot the README shows (UPDATE_SCREENSHOTS=1 refreshes the README's copy)", async () => {
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    // Before the tests below sort and filter: the page as it opens.
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    assert.ok(fs.statSync(SCREENSHOT).size > 10_000);
  });

  test('opens with the headline: services ready out of all, and the change since the last report', async () => {
    const headline = page.locator('#headline-ready');
    assert.equal(await headline.getAttribute('data-ready'), '2');
    assert.equal(await headline.getAttribute('data-services'), '5');
    assert.match(await headline.innerText(), /2\s+of 5 services ready \(40%\)/);
    assert.match(await page.locator('#headline-title + .headline').innerText(), /\+1 since 2026-11-02/);
    assert.equal(await page.locator('#changes-fixed').innerText(), '1');
    assert.equal(await page.locator('#changes-new').innerText(), '0');
    assert.equal(await page.locator('#trend-table tbody tr').count(), 3);
  });

  test('lists every HSCN dependency by service, with its internet equivalent where known', async () => {
    const rows = await page.locator('#hscn-table tbody tr').allInnerTexts();
    assert.equal(rows.length, 2);
    const mesh = rows.find((row) => row.includes('msg.int.spine2.ncrs.nhs.uk'));
    assert.ok(mesh, rows.join('\n'));
    assert.match(mesh, /gp-connect-adaptor/);
    assert.match(mesh, /msg\.intspineservices\.nhs\.uk/);
    assert.ok(rows.some((row) => row.includes('nww.gpprovider.example.nhs.uk') && row.includes('not known')));
    const link = await page.locator('#hscn-table a').first().getAttribute('href');
    assert.match(link ?? '', /^https:\/\/github\.com\/nhs-example\/gp-connect-adaptor\/blob\/[0-9a-f]{40}\/.+#L\d+$/);
  });

  test('lists the waiver ending within 90 days, the expired one and the manifest exemption', async () => {
    const rows = await page.locator('#expiring-table tbody tr').allInnerTexts();
    assert.ok(
      rows.some((row) => row.includes('2027-01-31') && row.includes('GPC-42')),
      rows.join('\n'),
    );
    assert.ok(rows.some((row) => row.includes('expired') && row.includes('2026-11-30')));
    assert.ok(rows.some((row) => row.includes('exemption') && row.includes('2027-02-15')));
    assert.match(await page.locator('#parse-table').innerText(), /config\/broken\.yaml/);
  });

  test('the services table filters and sorts', async () => {
    const table = page.locator('#services-table tbody tr:not([hidden])');
    assert.equal(await table.count(), 5);
    await page.locator('[data-filter-for="services-table"] input[type=checkbox]').check();
    assert.equal(await table.count(), 3);
    await page.locator('[data-filter-for="services-table"] input[type=search]').fill('pathology');
    assert.equal(await table.count(), 1);
    await page.locator('[data-filter-for="services-table"] input[type=search]').fill('');
    await page.locator('[data-filter-for="services-table"] input[type=checkbox]').uncheck();
    await page.locator('#services-table th', { hasText: 'Errors' }).click();
    await page.locator('#services-table th', { hasText: 'Errors' }).click();
    assert.match(await page.locator('#services-table tbody tr').first().innerText(), /pathology-feed/);
    await page.locator('#services-table th', { hasText: 'Repository' }).click();
    assert.deepEqual(problems, []);
  });
});
