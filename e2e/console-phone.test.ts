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

  const token = async (username: string, password: string): Promise<string> => {
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    return ((await res.json()) as { accessToken: string }).accessToken;
  };

  /** Opens each path, waits for it to settle and returns the ones wider than the screen. */
  const overflowing = async (page: Page, paths: string[]): Promise<string[]> => {
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle', { timeout: 2_000 }).catch(() => undefined);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      await screenshot(page, `console-phone${path.replace(/[^a-z0-9]+/gi, '-').replace(/-[0-9a-f]{8}-[0-9a-f-]{27}/, '-id')}`);
      if (scrollWidth > clientWidth) wide.push(`${path}: ${scrollWidth} > ${clientWidth}`);
    }
    return wide;
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('fits every KA-manager and admin screen into 390 px without sideways scrolling', async () => {
    const admin = await token('admin', ADMIN_PASSWORD);
    const get = async <T>(path: string): Promise<T> =>
      (await (await fetch(`${server.url}/api/v1${path}`, { headers: { authorization: `Bearer ${admin}` } })).json()) as T;
    const store = (await get<{ items: { id: string }[] }>('/stores?limit=1')).items[0]!;
    const users = await get<{ items: { id: string; username: string }[] }>('/users');
    const rep1 = users.items.find((u) => u.username === 'rep1')!;
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);

    const managerContext = await newContext(browser, PHONE, 'zh-CN');
    const manager = await managerContext.newPage();
    await signIn(manager, server.url, 'ka1', DEMO_PASSWORD);
    const team = ['/team/tasks', '/team/logs', '/reports/visits', '/reports/display', '/reports/sales', '/reports/promotions', '/team/scorecards', `/team/scorecards/${rep1.id}/${month}`];
    const wide = await overflowing(manager, team);
    await managerContext.close();

    const adminContext = await newContext(browser, PHONE, 'zh-CN');
    const page = await adminContext.newPage();
    await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
    wide.push(
      ...(await overflowing(page, [
        '/admin/roles',
        '/admin/roles/new',
        '/admin/roles/sales_rep',
        '/admin/roles/sales_rep/history',
        '/admin/users',
        '/admin/stores',
        `/admin/stores/${store.id}`,
        '/admin/stores/new',
        '/admin/products',
        '/admin/calendar',
        '/admin/settings',
        '/admin/integrations',
        '/admin/audit',
      ])),
    );

    // A dialog fits the screen too (the person editor, the largest).
    await page.goto(`${server.url}/admin/users`);
    await page.getByRole('button', { name: /新增人员/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'console-phone-user-dialog');
    await adminContext.close();

    expect(wide).toEqual([]);
  });
});
