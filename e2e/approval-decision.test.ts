import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, DESKTOP, PHONE, launchBrowser, newContext, screenshot, signIn, startServer, type Server } from './harness.js';
import { promotionApplication } from '../apps/api/src/test/promotion-application.js';

// Issue 13 item 20: the manager's rejection needs a note, and the rep reads the decision, the
// manager's name and the note on the item; the "needs approval" banner goes once decided.
jest.setTimeout(180_000);

let server: Server;
let browser: Browser;
const NOTE = '包装完好，请按正常销售处理';
const REQUEST_NOTE = '端架调整，申请退回（E2E）';
let returnId: string;
let promotionId: string;

async function login(username: string): Promise<string> {
  const res = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function call<T>(token: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.status).toBeLessThan(300);
  return (await res.json()) as T;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const rep = await login('rep1');
  const store = (await call<{ items: { id: string }[] }>(rep, '/stores?limit=1')).items[0]!;
  const product = (await call<{ items: { id: string }[] }>(rep, '/products?limit=1')).items[0]!;
  // "Other" is outside the return standard: it waits for the manager.
  const ret = await call<{ id: string; status: string }>(rep, '/returns', {
    storeId: store.id,
    productId: product.id,
    qty: 3,
    reason: 'other',
    notes: REQUEST_NOTE,
  });
  expect(ret.status).toBe('pending_approval');
  returnId = ret.id;
  const promo = await call<{ id: string }>(
    rep,
    '/promotions',
    promotionApplication(store.id, product.id, { title: '周末试吃（E2E）', startDate: '2026-12-19', endDate: '2026-12-20', estimatedCost: 600 }),
  );
  promotionId = promo.id;
  await call(rep, `/promotions/${promotionId}/submit`, {});
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function rejectInDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const ok = dialog.getByTestId('confirm-ok');
  // Blank (or only spaces): the button waits, and says why.
  await expect(ok.isDisabled()).resolves.toBe(true);
  await expect(dialog.getByTestId('confirm-note-required').textContent()).resolves.toMatch(/驳回须填写理由/);
  await screenshot(page, 'decision-reject-dialog-blank-1366');
  await dialog.locator('textarea').fill('   ');
  await expect(ok.isDisabled()).resolves.toBe(true);
  await dialog.locator('textarea').fill(NOTE);
  await expect(ok.isDisabled()).resolves.toBe(false);
}

describe('the manager’s decision reaches the rep', () => {
  it('the manager cannot reject a return without a note, then rejects it with one', async () => {
    const ctx = await newContext(browser, DESKTOP, 'zh-CN');
    const page = await ctx.newPage();
    await signIn(page, server.url, 'ka1');
    await page.waitForURL(/\/inbox$/);
    const card = page.getByTestId('inbox-return').filter({ hasText: REQUEST_NOTE });
    await card.waitFor();
    await card.getByRole('button', { name: '驳回' }).click();
    await rejectInDialog(page);
    await screenshot(page, 'decision-reject-dialog-1366');
    await page.getByRole('dialog').getByTestId('confirm-ok').click();
    await card.waitFor({ state: 'detached' });
    const stored = await call<{ status: string; decision: { note: string; decidedBy: { name: string } } }>(await login('rep1'), `/returns/${returnId}`);
    expect(stored).toMatchObject({ status: 'rejected', decision: { note: NOTE, decidedBy: { name: expect.any(String) } } });
    await ctx.close();
  });

  it('the rep reads the decision, the manager’s name and the note on the return; no "needs approval" banner', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const ctx = await newContext(browser, viewport, 'zh-CN');
      const page = await ctx.newPage();
      await signIn(page, server.url, 'rep1');
      await page.goto(`${server.url}/returns`);
      const item = page.locator('li').filter({ hasText: '已驳回' }).filter({ has: page.getByTestId('decision') }).first();
      await item.waitFor();
      const decision = item.getByTestId('decision');
      await expect(decision.getAttribute('data-outcome')).resolves.toBe('rejected');
      const text = (await decision.textContent()) ?? '';
      expect(text).toContain(NOTE);
      expect(text).toMatch(/已驳回/);
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // a name, not an id
      await expect(item.getByTestId('eligibility').getAttribute('data-headline')).resolves.toBe('outsideStandard');
      await expect(item.textContent()).resolves.not.toMatch(/待领导审批|需领导审批/);
      await page.waitForLoadState('networkidle');
      await screenshot(page, `decision-rep-returns-${viewport.width}`);
      await ctx.close();
    }
  });

  it('the rep reads the rejection of a promotion and its note on the promotion page', async () => {
    const ka1 = await login('ka1');
    await call(ka1, `/promotions/${promotionId}/reject`, { note: '本月试吃预算已用完，下月再申请' });
    for (const viewport of [PHONE, DESKTOP]) {
      const ctx = await newContext(browser, viewport, 'zh-CN');
      const page = await ctx.newPage();
      await signIn(page, server.url, 'rep1');
      await page.goto(`${server.url}/promotions/${promotionId}`);
      const decision = page.getByTestId('decision');
      await decision.waitFor();
      await expect(decision.textContent()).resolves.toMatch(/已驳回[\s\S]*本月试吃预算已用完，下月再申请/);
      await page.waitForLoadState('networkidle');
      await screenshot(page, `decision-rep-promotion-${viewport.width}`);
      await ctx.close();
    }
  });
});
