import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { ADMIN_PASSWORD, DEMO_PASSWORD, PHONE, launchBrowser, newContext, screenshot, signIn, startServer, type Server } from './harness.js';

/**
 * Managers open the consoles on their phones: every team and admin screen at 390 px must fit the
 * screen — wide tables become cards or scroll inside their own box, charts and forms reflow — so
 * the document never scrolls sideways. Each screen is photographed (`console-phone-*.png`).
 */
jest.setTimeout(90_000);

describe('the consoles on a phone', () => {
  let server: Server;
  let browser: Browser;

  const tokenOf = async (username: string, password: string): Promise<string> => {
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    return ((await res.json()) as { accessToken: string }).accessToken;
  };

  /** Opens a path, waits for it to settle, photographs it and answers how wide it is. */
  const widthOf = async (page: Page, path: string): Promise<{ scrollWidth: number; clientWidth: number }> => {
    await page.goto(`${server.url}${path}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle', { timeout: 2_000 }).catch(() => undefined);
    const width = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    await screenshot(page, `console-phone${path.replace(/[^a-z0-9]+/gi, '-').replace(/-[0-9a-f]{8}-[0-9a-f-]{27}/, '-id')}`);
    return width;
  };

  /** The ids a path names (`{store}`, `{rep1}`, `{month}`), read as the admin. */
  let names: Record<string, string> = {};
  const resolve = (path: string) => path.replace(/\{(\w+)\}/g, (_, key: string) => names[key]!);

  let manager: Page;
  let admin: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const token = await tokenOf('admin', ADMIN_PASSWORD);
    const get = async <T>(path: string): Promise<T> =>
      (await (await fetch(`${server.url}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as T;
    const store = (await get<{ items: { id: string }[] }>('/stores?limit=1')).items[0]!;
    const users = await get<{ items: { id: string; username: string }[] }>('/users');
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
    names = { store: store.id, rep1: users.items.find((u) => u.username === 'rep1')!.id, month };
    manager = await (await newContext(browser, PHONE, 'zh-CN')).newPage();
    await signIn(manager, server.url, 'ka1', DEMO_PASSWORD);
    admin = await (await newContext(browser, PHONE, 'zh-CN')).newPage();
    await signIn(admin, server.url, 'admin', ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // One test a screen: a slow machine spends its time per screen, and a failure names the screen.
  const team = ['/team/tasks', '/team/logs', '/reports/visits', '/reports/display', '/reports/sales', '/reports/promotions', '/team/scorecards', '/team/scorecards/{rep1}/{month}'];
  it.each(team)('the KA manager’s %s fits 390 px without sideways scrolling', async (path) => {
    const { scrollWidth, clientWidth } = await widthOf(manager, resolve(path));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  const adminScreens = [
    '/admin/roles',
    '/admin/roles/new',
    '/admin/roles/sales_rep',
    '/admin/roles/sales_rep/history',
    '/admin/users',
    '/admin/stores',
    '/admin/stores/{store}',
    '/admin/stores/new',
    '/admin/products',
    '/admin/calendar',
    '/admin/settings',
    '/admin/integrations',
    '/admin/audit',
  ];
  it.each(adminScreens)('the admin’s %s fits 390 px without sideways scrolling', async (path) => {
    const { scrollWidth, clientWidth } = await widthOf(admin, resolve(path));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  it('fits a dialog into the screen too (the person editor, the largest)', async () => {
    await admin.goto(`${server.url}/admin/users`);
    await admin.getByRole('button', { name: /新增人员/ }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.waitFor();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(admin, 'console-phone-user-dialog');
  });
});
