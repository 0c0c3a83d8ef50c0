import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { suggestOrder } from '@fieldbeat/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, DESKTOP, PHONE, apiAsPage, eventually, launchBrowser, newContext, screenshot, signIn, startServer, type Server } from './harness.js';

/** What is on screen (the visit form is long; a dialog is best seen as the rep sees it). */
async function viewportShot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/**
 * A field rep's day in the real SPA against the real server (fresh demo database), on a
 * phone-sized screen: a visit checked against the server, a second visit captured offline with a
 * live suggestion that syncs exactly once when the network returns, a return, a work log, the
 * month's market survey, the scorecard.
 */
// A project-level testTimeout is not applied by Jest 30; browser steps need more than 5 s.
jest.setTimeout(120_000);

describe('the rep’s day in the browser', () => {
  let server: Server;
  let browser: Browser;
  let phone: BrowserContext;
  let page: Page;
  let api: <T>(path: string) => Promise<T>;
  let storeId: string;
  let product: { id: string; name: string; packSize: number };
  let offlineVisitId = '';
  let suggested = 0;

  const visitsOfStore = async () => (await api<{ items: { id: string }[] }>(`/visits?storeId=${storeId}&limit=50`)).items;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    phone = await newContext(browser, PHONE, 'zh-CN');
    page = await phone.newPage();
    await signIn(page, server.url, 'rep1');
    // The rep's own session, as the app stored it, to check what reached the server.
    api = await apiAsPage(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows today’s route', async () => {
    await page.goto(`${server.url}/today`);
    await expect(page.getByRole('heading', { name: /待拜访门店/ })).toBeTruthy();
    const first = page.locator('ol.stops a').first();
    await first.waitFor();
    const href = (await first.getAttribute('href')) ?? '';
    storeId = href.split('/').pop()!;
    expect(storeId).toBeTruthy();
    await screenshot(page, 'rep-today-390');
  });

  it('runs a visit: check in, count a SKU, submit; the server stores it', async () => {
    await page.locator('ol.stops a').first().click();
    await page.waitForURL(/\/visit\//);
    await page.getByRole('button', { name: /^\s*签到/ }).click();
    await page.getByText(/已于 .* 签到/).waitFor();

    const row = page.getByTestId('sku-row').first();
    const id = await row.getAttribute('data-product-id');
    const products = await api<{ items: { id: string; name: string; packSize: number }[] }>('/products?limit=200');
    product = products.items.find((p) => p.id === id)!;
    await row.locator('input[data-col=stock]').fill('20');
    await row.locator('input[data-col=facings]').fill('4');
    await row.locator('input[data-col=order]').fill('30');
    await viewportShot(page, 'rep-visit-390');

    // The server check (服务器校验) computes the row again with the server's data, storing nothing:
    // the phone holds the store's recent visits, so both agree.
    const before = (await visitsOfStore()).length;
    await page.getByTestId('server-check-button').click();
    await row.getByTestId('server-line').getByText('与本机一致').waitFor();
    await page.getByTestId('server-check').getByText('服务器计算与本机一致。').waitFor();
    await viewportShot(page, 'rep-visit-server-check-390');
    expect(await visitsOfStore()).toHaveLength(before);

    await page.getByRole('button', { name: /签退并提交/ }).click();
    await page.waitForURL(/\/today/);
    // Sent at once, or queued when the server took longer than the page waits (a loaded machine):
    // the outbox then sends it by itself.
    expect(await eventually(visitsOfStore, (v) => v.length > before)).toHaveLength(before + 1);
  });

  it('captures a second visit offline with a live suggestion, and syncs it exactly once when back online', async () => {
    // Make sure the service worker holds the app shell before the network goes away.
    await page.evaluate(async () => {
      await navigator.serviceWorker?.ready;
    });
    await page.goto(`${server.url}/visit/${storeId}`);
    const row = page.locator(`[data-testid=sku-row][data-product-id="${product.id}"]`);
    await row.waitFor();
    await expect(row.getByText(/上次：库存 20，订货 30/).count()).resolves.toBe(1);

    const before = (await visitsOfStore()).length;
    // Chromium's offline emulation can let a request from a page controlled by a service
    // worker through; refusing the API at the context as well makes the phone truly offline.
    await phone.setOffline(true);
    await phone.route('**/api/**', (route) => route.abort('internetdisconnected'));
    try {
      await page.getByRole('button', { name: /^\s*签到/ }).click();
      // The GPS fix may fail without a network: checking in without it is allowed.
      const withoutGps = page.getByRole('button', { name: /不定位直接签到/ });
      if (await withoutGps.isVisible().catch(() => false)) await withoutGps.click();
      await page.getByText(/已于 .* 签到/).waitFor();

      // The suggestion appears as the rep types, computed on the phone with no network.
      await row.locator('input[data-col=stock]').fill('10');
      await row.locator('input[data-col=facings]').fill('4');
      const expected = suggestOrder({ prevStock: 20, prevOrder: 30 }, 10, { factor: 1.5, packSize: product.packSize }).suggested!;
      suggested = expected;
      await row.getByText(`建议订 ${expected}`).waitFor();
      // The server check needs the network: disabled, with the reason on screen.
      await expect(page.getByTestId('server-check-button').isDisabled()).resolves.toBe(true);
      await page.getByTestId('server-check').getByText('离线时无法进行服务器校验，联网后再试。').waitFor();

      await row.getByRole('button', { name: /为什么/ }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('期间销量 = 20 + 30 − 10 = 40').waitFor();
      await viewportShot(page, 'rep-visit-explanation-390');
      await dialog.getByRole('button', { name: /关闭/ }).first().click();

      // The grey suggestion is not an order: the bar says so, and submitting asks first.
      await expect(page.getByTestId('total-order').innerText()).resolves.toBe('订货合计 0');
      await expect(page.getByTestId('suggested-total').innerText()).resolves.toBe(`建议合计 ${expected}`);
      await page.getByTestId('pending-suggestions').getByText('1 个建议未采用').waitFor();
      await page.getByRole('button', { name: /签退并提交/ }).click();
      const ask = page.getByRole('dialog');
      await ask.getByText('1 个建议订货未采用').waitFor();
      await ask.getByText(`本次订货合计 0，未采用的建议共 ${expected}`).waitFor();
      await viewportShot(page, 'rep-visit-pending-confirm-390');
      await ask.getByRole('button', { name: '取消' }).click();
      await expect(page.url()).toMatch(/\/visit\//);

      await page.getByTestId('adopt-all').click();
      await expect(row.locator('input[data-col=order]').inputValue()).resolves.toBe(String(expected));
      await expect(page.getByTestId('total-order').innerText()).resolves.toBe(`订货合计 ${expected}`);
      await expect(page.getByTestId('adopt-all').count()).resolves.toBe(0);
      await page.getByRole('button', { name: /签退并提交/ }).click();
      await page.waitForURL(/\/today/, { timeout: 15_000 });

      // Still offline: the visit waits on the phone, and a reload (served by the service
      // worker) loses nothing.
      await page.reload();
      await page.goto(`${server.url}/sync`);
      await page.getByTestId('outbox-pending').waitFor();
      offlineVisitId = (await page.locator('[data-testid=outbox-pending] [data-outbox-id]').first().getAttribute('data-outbox-id'))!;
      await screenshot(page, 'rep-sync-offline-390');
      // Checked from the test process (which has a network) while the phone is still offline:
      // once it is back online the outbox may sync at any moment.
      expect(await visitsOfStore()).toHaveLength(before);
    } finally {
      await phone.unroute('**/api/**');
      await phone.setOffline(false);
    }

    // Back online: the outbox sends it by itself, once.
    await page.locator(`[data-testid=outbox-synced] [data-outbox-id="${offlineVisitId}"]`).waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('outbox-pending').count()).resolves.toBe(0);
    const after = await visitsOfStore();
    expect(after).toHaveLength(before + 1);
    expect(after.filter((v) => v.id === offlineVisitId)).toHaveLength(1);
    await screenshot(page, 'rep-sync-online-390');

    const stored = await api<{ lines: { productId: string; orderQty?: number; suggestedOrderQty?: number | null }[] }>(`/visits/${offlineVisitId}`);
    const line = stored.lines.find((l) => l.productId === product.id)!;
    expect(line.orderQty).toBe(suggested);
    expect(line.suggestedOrderQty).toBe(suggested); // the server computes what the phone showed
  });

  it('requests a return and sees at once that the standard covers it', async () => {
    await page.goto(`${server.url}/returns/new`);
    await page.getByLabel('门店', { exact: true }).selectOption(storeId);
    await page.getByLabel('商品', { exact: true }).selectOption(product.id);
    await page.getByLabel('数量', { exact: true }).fill('2');
    await page.getByLabel(/生产质量问题/).check();
    await page.getByTestId('eligibility').getByText(/符合退货标准/).first().waitFor();
    await screenshot(page, 'rep-return-390');
    await page.getByRole('button', { name: /^提交$/ }).click();
    await page.waitForURL(/\/returns$/);
    await page.getByText('已批准').first().waitFor();
  });

  it('writes the daily work log', async () => {
    await page.goto(`${server.url}/work-log`);
    await page.getByLabel('今日工作').fill('拜访世纪联丰与联盛超市，补货薯片两箱，门店反馈促销堆头位置需调整。');
    await page.getByRole('button', { name: /提交日志/ }).click();
    await page.getByRole('listitem').filter({ hasText: /拜访世纪联丰与联盛超市/ }).waitFor();
    await screenshot(page, 'rep-worklog-390');
  });

  it('sends the month’s market survey and finds it in their list, waiting for a grade', async () => {
    await page.goto(`${server.url}/survey`);
    const list = page.getByTestId('survey-list');
    await list.getByText('还没有提交过市场调查。').waitFor();
    await page.getByLabel('竞品动态').fill('B 品牌薯片降价 10%，主通道堆头增加。');
    await page.getByRole('button', { name: '提交调查' }).click();
    await list.getByRole('listitem').filter({ hasText: '待评分' }).waitFor();
    // One survey a month: the form says so instead of sending a second one.
    await page.getByText(/每月只能提交一次/).waitFor();
    await expect(page.getByRole('button', { name: '提交调查' }).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'rep-survey-390');
  });

  it('reads the scorecard line by line', async () => {
    await page.goto(`${server.url}/scorecard`);
    await page.getByTestId('score-total').waitFor();
    await expect(page.locator('[data-code]').count()).resolves.toBeGreaterThanOrEqual(9);
    await screenshot(page, 'rep-scorecard-390');
  });

  it('shows the same screens on a desktop (1366 px), in English', async () => {
    const desk = await newContext(browser, DESKTOP, 'en');
    const p = await desk.newPage();
    await signIn(p, server.url, 'rep1');
    // The language is chosen once in the shell and remembered.
    await p.getByLabel('语言').first().selectOption('en');
    for (const [path, name] of [
      ['/today', 'today'],
      [`/visit/${storeId}`, 'visit'],
      ['/sync', 'sync'],
      ['/returns', 'returns'],
      ['/survey', 'survey'],
      ['/scorecard', 'scorecard'],
    ] as const) {
      await p.goto(`${server.url}${path}`);
      await p.waitForLoadState('networkidle');
      await (name === 'visit' ? viewportShot(p, `rep-${name}-1366`) : screenshot(p, `rep-${name}-1366`));
    }
    await expect(p.getByRole('navigation').first().textContent()).resolves.toMatch(/Today/);
    await desk.close();
  });
});
