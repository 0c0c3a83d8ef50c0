import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN_PASSWORD, DESKTOP, PHONE, launchBrowser, newContext, screenshot, signIn, startServer, type Server } from './harness.js';

/**
 * People read names, not ids or codes (issue 13, item 24): the main screens — the visit, the sync
 * page with a queued visit, a stored visit's detail, a promotion's approval history, the inbox, the
 * audit trail and one of its entries — walked as the demo users, with no visible text that is a
 * UUID, a role code or an audit action code. The changed screens are photographed at 390 and
 * 1366 px (`no-ids-*.png`).
 */
jest.setTimeout(180_000);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Every action the API writes to the audit trail. */
const ACTIONS = ['create', 'update', 'delete', 'login', 'generate', 'complete', 'review', 'submit', 'approve', 'reject', 'withdraw', 'report', 'execute', 'flag_vague', 'grade', 'finalize', 'reopen', 'validate'];
/** A 1×1 PNG: a shelf photo small enough to be kept as it is. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('no internal ids or codes on the main screens', () => {
  let server: Server;
  let browser: Browser;
  let roleCodes: string[] = [];
  const found: string[] = [];

  const token = async (username: string, password = 'fieldbeat-demo'): Promise<string> => {
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    return ((await res.json()) as { accessToken: string }).accessToken;
  };
  const get = async <T>(bearer: string, path: string): Promise<T> =>
    (await (await fetch(`${server.url}/api/v1${path}`, { headers: { authorization: `Bearer ${bearer}` } })).json()) as T;

  /** What on the page's visible text is an id or a code (the page is in Chinese: an English code is never a word there). */
  const codesOn = async (page: Page, where: string): Promise<string[]> => {
    await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined);
    const text = await page.evaluate(() => document.body.innerText);
    const words = new Set(text.match(/[A-Za-z_]+/g) ?? []);
    const bad = [
      ...(text.match(UUID) ?? []),
      ...[...words].filter((w) => /^[a-z]+(_[a-z]+)+$/.test(w)), // snake_case: a status, an issue, a role code
      ...[...words].filter((w) => roleCodes.includes(w) || ACTIONS.includes(w)),
    ];
    return bad.map((b) => `${where}: ${b}`);
  };
  const check = async (page: Page, where: string) => found.push(...(await codesOn(page, where)));

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    roleCodes = (await get<{ items: { code: string }[] }>(await token('admin', ADMIN_PASSWORD), '/roles')).items.map((r) => r.code);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the rep: the visit, a queued visit on the sync page (by store, time and contents; the signature is not a photo), a promotion history by names', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const px = viewport.width;
      const context: BrowserContext = await newContext(browser, viewport, 'zh-CN');
      const page = await context.newPage();
      await signIn(page, server.url, 'rep1');
      await page.goto(`${server.url}/today`);
      const first = page.locator('ol.stops a').first();
      await first.waitFor();
      const storeName = (await first.locator('.list-title').first().innerText()).trim();
      await first.click();
      await page.waitForURL(/\/visit\//);
      await page.getByTestId('sku-row').first().waitFor();
      await check(page, `visit ${px}`);

      // Offline: the visit waits in the outbox.
      await page.evaluate(async () => {
        await navigator.serviceWorker?.ready;
      });
      await context.setOffline(true);
      await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
      await page.getByRole('button', { name: /^\s*签到/ }).click();
      const withoutGps = page.getByRole('button', { name: /不定位直接签到/ });
      if (await withoutGps.isVisible().catch(() => false)) await withoutGps.click();
      await page.getByText(/已于 .* 签到/).waitFor();
      const row = page.getByTestId('sku-row').first();
      await row.locator('input[data-col=stock]').fill('12');
      await row.locator('input[data-col=facings]').fill('4');
      await row.locator('input[data-col=order]').fill('6');
      await page.locator('input[type=file]').first().setInputFiles({ name: 'shelf.png', mimeType: 'image/png', buffer: PNG });
      await page.getByText('1 张照片，同步后上传').waitFor();
      // The store signs.
      const pad = page.locator('canvas').first();
      await pad.scrollIntoViewIfNeeded();
      const box = (await pad.boundingBox())!;
      await page.mouse.move(box.x + 20, box.y + 20);
      await page.mouse.down();
      await page.mouse.move(box.x + 80, box.y + 40, { steps: 5 });
      await page.mouse.move(box.x + 140, box.y + 25, { steps: 5 });
      await page.mouse.up();
      await check(page, `visit filled ${px}`);
      await page.getByRole('button', { name: /签退并提交/ }).click();
      const ask = page.getByRole('dialog');
      if (await ask.isVisible().catch(() => false)) await ask.getByRole('button', { name: /提交|确定/ }).last().click();
      await page.waitForURL(/\/today|\/sync/, { timeout: 20_000 });

      await page.goto(`${server.url}/sync`);
      const item = page.locator('[data-testid=outbox-pending] .outbox-item').first();
      await item.waitFor();
      const text = await item.innerText();
      if (storeName) expect(text).toContain(storeName);
      expect(text).toMatch(/拜访/);
      expect(text).toMatch(/1 个商品/);
      expect(text).toMatch(/1 张照片/); // the signature is not counted as one
      expect(text).toMatch(/已签字/);
      expect(text).not.toMatch(UUID);
      await check(page, `sync ${px}`);
      await screenshot(page, `no-ids-sync-${px}`);
      // Who is signed in, by role title (the sidebar at 1366 px, the More page on a phone).
      await page.goto(`${server.url}/more`);
      await page.locator('main h1').first().waitFor();
      await check(page, `more ${px}`);
      await context.close();
    }

    // A promotion decided by the manager, read by the rep who applied: the history names the manager.
    const rep2 = await token('rep2');
    const promos = await get<{ items: { id: string; status: string }[] }>(rep2, '/promotions');
    const decided = promos.items.find((p) => p.status === 'approved' || p.status === 'completed') ?? promos.items[0]!;
    const detail = await get<{ history: { actor: { name: string } }[] }>(rep2, `/promotions/${decided.id}`);
    for (const viewport of [PHONE, DESKTOP]) {
      const context = await newContext(browser, viewport, 'zh-CN');
      const page = await context.newPage();
      await signIn(page, server.url, 'rep2');
      await page.goto(`${server.url}/promotions/${decided.id}`);
      const timeline = page.locator('ol.timeline');
      await timeline.waitFor();
      const names = [...new Set(detail.history.map((h) => h.actor.name))];
      for (const name of names) await timeline.getByText(name, { exact: false }).first().waitFor();
      await check(page, `promotion ${viewport.width}`);
      await screenshot(page, `no-ids-promotion-${viewport.width}`);
      await context.close();
    }
    expect(found.splice(0)).toEqual([]);
  });

  it('the manager: the inbox and a stored visit; the admin: the audit trail and an entry, in words', async () => {
    const rep1 = await token('rep1');
    const visit = (await get<{ items: { id: string }[] }>(rep1, '/visits?limit=1')).items[0]!;
    for (const [username, width] of [['rep1', PHONE], ['ka1', DESKTOP]] as const) {
      const context = await newContext(browser, width, 'zh-CN');
      const page = await context.newPage();
      await signIn(page, server.url, username);
      await page.goto(`${server.url}/visits/${visit.id}`);
      await page.locator('main h1').first().waitFor();
      await check(page, `visit detail ${username}`);
      if (username === 'ka1') {
        await page.goto(`${server.url}/inbox`);
        await page.locator('main h1').first().waitFor();
        await check(page, 'inbox');
      }
      await context.close();
    }

    for (const viewport of [PHONE, DESKTOP]) {
      const px = viewport.width;
      const context = await newContext(browser, viewport, 'zh-CN');
      const admin = await context.newPage();
      await signIn(admin, server.url, 'admin', ADMIN_PASSWORD);
      await admin.goto(`${server.url}/admin/audit`);
      const rows = admin.locator('tbody tr');
      await rows.first().waitFor();
      await check(admin, `audit ${px}`);
      await screenshot(admin, `no-ids-audit-${px}`);
      // A promotion's entries, one opened: every change "field: before → after", in words.
      await admin.goto(`${server.url}/admin/audit?entity=promotion`);
      await rows.first().waitFor();
      await rows.first().locator('td').first().click();
      const detail = admin.getByTestId('audit-detail');
      await detail.waitFor();
      await expect(detail.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
      await check(admin, `audit entry ${px}`);
      await screenshot(admin, `no-ids-audit-entry-${px}`);
      // Narrowed to that promotion by clicking its name: the filter names it.
      await rows.first().locator('button').first().click();
      await admin.getByTestId('audit-only').waitFor();
      await check(admin, `audit one object ${px}`);
      await context.close();
    }

    expect(found.splice(0)).toEqual([]);
  });
});
