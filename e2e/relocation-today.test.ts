import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, apiAsPage, launchBrowser, newContext, screenshot, signIn, startServer, type Server } from './harness.js';

/**
 * 重新定位 and Today in the real SPA against the real server (issue 13, items 13 and 25): a rep
 * checks in 2 km from the store and relocates at it; the warning stays, the history is shown under
 * the check-in, and the visit is stored with it and with outside_geofence. Captured offline, the
 * visit counts as done on Today (待同步) and, once synced, as one visited store.
 */
jest.setTimeout(120_000);

describe('relocation history and a queued visit on Today', () => {
  let server: Server;
  let browser: Browser;
  let phone: BrowserContext;
  let page: Page;
  let api: <T>(path: string) => Promise<T>;


  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    phone = await newContext(browser, PHONE, 'zh-CN');
    page = await phone.newPage();
    await signIn(page, server.url, 'rep1');
    api = await apiAsPage(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('keeps the check-in 2 km away, stores the relocation, and counts the queued visit once on Today', async () => {
    await page.goto(`${server.url}/today`);
    const first = page.locator('ol.stops a').first();
    await first.waitFor();
    const storeId = ((await first.getAttribute('href')) ?? '').split('/').pop()!;
    const store = await api<{ name: string; lat: number; lng: number }>(`/stores/${storeId}`);
    await page.evaluate(async () => {
      await navigator.serviceWorker?.ready;
    });

    // Check in about 2 km north of the store, then 重新定位 at the store.
    await phone.setGeolocation({ latitude: store.lat + 0.018, longitude: store.lng });
    await page.goto(`${server.url}/visit/${storeId}`);
    await page.getByTestId('sku-row').first().waitFor();
    await page.getByRole('button', { name: /^\s*签到/ }).click();
    await page.getByText(/已于 .* 签到/).waitFor();
    await phone.setGeolocation({ latitude: store.lat + 0.0001, longitude: store.lng });
    await page.getByRole('button', { name: '重新定位' }).click();
    const history = page.getByTestId('relocations');
    await history.getByText(/重新定位.*距门店 11 米/).waitFor();
    await page.getByText(/超出 200 米签到范围/).waitFor();
    await screenshot(page, 'rep-visit-relocated-390');

    const row = page.getByTestId('sku-row').first();
    await row.locator('input[data-col=stock]').fill('12');
    await row.locator('input[data-col=facings]').fill('4');
    await row.locator('input[data-col=order]').fill('6');

    // Offline: the visit waits on the phone, and Today counts the store as done, marked 待同步.
    await phone.setOffline(true);
    await phone.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: /签退并提交/ }).click();
    const ask = page.getByRole('dialog');
    if (await ask.isVisible().catch(() => false)) await ask.getByRole('button').last().click();
    await page.waitForURL(/\/today/, { timeout: 15_000 });
    await expect(page.getByTestId('visited-today').innerText()).resolves.toMatch(/今日已拜访 1 家门店，其中 1 家待同步/);
    const done = page.locator(`.stops-done [data-store-id="${storeId}"]`);
    await done.getByText('待同步').waitFor();
    await expect(page.locator(`ol.stops a[href$="${storeId}"]`).count()).resolves.toBe(0);
    await screenshot(page, 'rep-today-queued-390');

    // Back online: the visit syncs once, with the check-in's geofence and the relocation.
    await phone.unroute('**/api/**');
    await phone.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    let stored: { id: string; distanceMeters: number; issues: string[]; relocations: { distanceMeters: number }[] } | undefined;
    for (let i = 0; i < 60 && !stored; i++) {
      const items = (await api<{ items: NonNullable<typeof stored>[] }>(`/visits?storeId=${storeId}&limit=10`)).items;
      stored = items.find((v) => v.relocations.length > 0);
      if (!stored) await new Promise((r) => setTimeout(r, 250));
    }
    expect(stored).toMatchObject({ issues: ['outside_geofence'], relocations: [{ distanceMeters: 11 }] });
    expect(stored!.distanceMeters).toBeGreaterThan(1900);

    // Counted once after the sync, and once again after /me/today no longer lists the store.
    await done.getByText('已拜访').waitFor();
    await page.reload();
    await expect(page.getByTestId('visited-today').innerText()).resolves.toMatch(/今日已拜访 1 家门店$/);
    await expect(page.locator(`ol.stops a[href$="${storeId}"]`).count()).resolves.toBe(0);
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'rep-today-synced-1366');
    await page.setViewportSize(PHONE);

    // The stored visit, opened from the sync list: the check-in's distance and warning, the history under it.
    await page.goto(`${server.url}/sync`);
    await page.locator(`[data-outbox-id="${stored!.id}"] [data-testid=open-visit]`).click();
    await page.waitForURL(new RegExp(`/visits/${stored!.id}$`));
    const checkin = page.getByTestId('visit-checkin');
    await checkin.getByText(/超出 200 米签到范围/).waitFor();
    await checkin.getByText(`距门店 ${stored!.distanceMeters.toLocaleString('zh-CN')} 米`).waitFor();
    await checkin.getByTestId('relocations').getByText(/重新定位.*距门店 11 米/).waitFor();
    await checkin.getByText('业务员：刘洋').waitFor();
    await screenshot(page, 'rep-visit-detail-390');

    // Their manager reads the same visit, with the rep's name.
    const desk = await newContext(browser, DESKTOP, 'zh-CN');
    const manager = await desk.newPage();
    await signIn(manager, server.url, 'ka1');
    await manager.goto(`${server.url}/visits/${stored!.id}`);
    const seen = manager.getByTestId('visit-checkin');
    await seen.getByText(/超出 200 米签到范围/).waitFor();
    await seen.getByTestId('relocations').getByText(/距门店 11 米/).waitFor();
    await seen.getByText('业务员：刘洋').waitFor();
    await screenshot(manager, 'manager-visit-detail-1366');
    await desk.close();
  });
});
