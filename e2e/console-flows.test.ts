import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ADMIN_PASSWORD, DEMO_PASSWORD, DESKTOP, PHONE, launchBrowser, newContext, screenshot, signIn, startServer, type Server } from './harness.js';
import { promotionApplication } from '../apps/api/src/test/promotion-application.js';

// exceljs is the API's dependency; the test reads the downloaded workbooks back with it.
const requireFromApi = createRequire(resolve(import.meta.dirname, '../apps/api/package.json'));
const ExcelJS = requireFromApi('exceljs') as { Workbook: new () => any };

/**
 * The KA manager's and the admin's screens in the real SPA against the real server (fresh demo
 * database), at 1366 px: a promotion above the GM threshold approved by the manager and then by
 * the GM, a scorecard finalized, a role's scoring scheme edited into a new version, reports
 * exported to files that open. Every console screen is photographed for CI.
 */
jest.setTimeout(120_000);

describe('the consoles in the browser', () => {
  let server: Server;
  let browser: Browser;
  let manager: BrowserContext;
  let page: Page;
  const tokens: Record<string, string> = {};
  let promotionId = '';
  let rep1Id = '';
  let month = '';

  const login = async (username: string, password = DEMO_PASSWORD): Promise<string> => {
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { accessToken: string }).accessToken;
  };
  const api = async <T = any>(who: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
    const res = await fetch(`${server.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${tokens[who]}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    expect(res.status).toBeLessThan(300);
    return (await res.json()) as T;
  };
  /** Accepts the one confirmation dialog (with an optional note). */
  const confirm = async (p: Page, note?: string) => {
    const dialog = p.getByRole('dialog');
    await dialog.waitFor();
    if (note) await dialog.locator('textarea').fill(note);
    await dialog.getByTestId('confirm-ok').click();
    await dialog.waitFor({ state: 'hidden' });
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    for (const who of ['rep1', 'ka1', 'gm']) tokens[who] = await login(who);
    tokens.admin = await login('admin', ADMIN_PASSWORD);
    month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
    rep1Id = (await api<{ id: string }>('rep1', '/me')).id;

    // A rep's store-requested promotion costing more than the GM threshold (5000), submitted.
    const store = (await api<{ items: { id: string }[] }>('rep1', '/stores?limit=1')).items[0]!;
    const product = (await api<{ items: { id: string }[] }>('rep1', '/products?limit=1')).items[0]!;
    const created = await api<{ id: string }>('rep1', '/promotions', {
      method: 'POST',
      body: promotionApplication(store.id, product.id, { title: '元旦主通道堆头', startDate: '2026-12-28', endDate: '2027-01-03', staffCount: 2, estimatedCost: 8000 }),
    });
    promotionId = created.id;
    await api('rep1', `/promotions/${promotionId}/submit`, { method: 'POST', body: {} });

    manager = await newContext(browser, DESKTOP, 'zh-CN');
    page = await manager.newPage();
    await signIn(page, server.url, 'ka1');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the inbox on a phone', async () => {
    const phone = await newContext(browser, PHONE, 'zh-CN');
    const p = await phone.newPage();
    await signIn(p, server.url, 'ka1');
    await p.waitForURL(/\/inbox$/);
    await p.locator(`[data-testid=inbox-promotion][data-id="${promotionId}"]`).waitFor();
    await p.waitForLoadState('networkidle');
    await screenshot(p, 'console-inbox-390');
    // The inbox is a tab of the phone's bottom bar.
    await expect(p.getByRole('navigation', { name: '主导航' }).last().getByRole('link', { name: /待办审批/ }).count()).resolves.toBe(1);
    await phone.close();
  });

  it('lands the manager on the inbox, where a promotion above the GM threshold is approved and moves on to the GM', async () => {
    await page.waitForURL(/\/inbox$/);
    const card = page.locator(`[data-testid=inbox-promotion][data-id="${promotionId}"]`);
    await card.waitFor();
    // The threshold is in view: approving here is not the final word.
    await expect(card.getByTestId('gm-context').textContent()).resolves.toMatch(/超过总经理审批线 ¥5,000\.00.*还需总经理最终审批/);
    await card.getByRole('button', { name: /查看完整申请/ }).click();
    await card.getByText('店方免费提供堆头一个').waitFor();
    await screenshot(page, 'console-inbox-1366');

    await card.getByTestId('approve').click();
    await confirm(page, '同意，注意控制物料费用');
    await card.waitFor({ state: 'detached' });
    const after = await api<{ status: string; history: { to?: string; note?: string | null }[] }>('ka1', `/promotions/${promotionId}`);
    expect(after.status).toBe('pending_gm');
    expect(after.history.at(-1)).toMatchObject({ note: '同意，注意控制物料费用' });
  });

  it('lets the GM give the final approval (公司总经理意见)', async () => {
    const ctx = await newContext(browser, DESKTOP, 'zh-CN');
    const p = await ctx.newPage();
    await signIn(p, server.url, 'gm');
    await p.waitForURL(/\/inbox$/);
    const card = p.locator(`[data-testid=inbox-promotion][data-id="${promotionId}"]`);
    await card.getByText('待总经理审批').waitFor();
    await expect(card.getByTestId('gm-context').textContent()).resolves.toMatch(/需要您作为总经理最终审批/);
    await screenshot(p, 'console-inbox-gm-1366');
    await card.getByTestId('approve').click();
    await confirm(p);
    await card.waitFor({ state: 'detached' });
    const done = await api<{ status: string; history: { to?: string; status?: string }[] }>('gm', `/promotions/${promotionId}`);
    expect(done.status).toBe('approved');
    await ctx.close();
  });

  it('lets the applicant report the actuals on the phone, which completes the promotion', async () => {
    const phone = await newContext(browser, PHONE, 'zh-CN');
    const p = await phone.newPage();
    await signIn(p, server.url, 'rep1');
    await p.goto(`${server.url}/promotions/${promotionId}`);
    const form = p.getByTestId('promotion-report');
    await form.waitFor();
    // Before the promotion is over the form waits behind a button.
    const open = form.getByRole('button', { name: '填报实际执行' });
    if (await open.isVisible()) await open.click();
    // Sent without a cost and an effect: the wrong fields are named.
    await form.getByRole('button', { name: '提交实际执行' }).click();
    await form.getByText('实际费用：必填').waitFor();
    await form.getByText('实际效果：必填').waitFor();
    await form.getByLabel('实际费用（元）').fill('7650.5');
    await form.getByLabel('实际效果').fill('元旦期间多销售 380 袋');
    await form.getByRole('button', { name: '提交实际执行' }).click();
    await confirm(p);
    await p.getByTestId('promotion-effect').getByText('实际费用 ¥7,650.50，预计 ¥8,000.00').waitFor();
    await form.waitFor({ state: 'detached' });
    await screenshot(p, 'rep-promotion-actuals-390');
    const done = await api<Record<string, unknown>>('rep1', `/promotions/${promotionId}`);
    expect(done).toMatchObject({
      status: 'completed',
      actualCost: 7650.5,
      actualEffect: '元旦期间多销售 380 袋',
      actualMaterials: [{ name: '堆头围板', qty: 1 }],
      actualStaff: 2,
    });
    await phone.close();
  });

  it('lets a manager finalize a scorecard, line by line', async () => {
    await page.goto(`${server.url}/team/scorecards?month=${month}`);
    await page.getByTestId('scorecard-link').filter({ hasText: '刘洋' }).click();
    await page.waitForURL(new RegExp(`/team/scorecards/${rep1Id}/${month}$`));
    await page.locator('[data-code]').nth(8).waitFor();
    await expect(page.locator('[data-code]').count()).resolves.toBe(9);
    await expect(page.getByTestId('card-status').textContent()).resolves.toMatch(/草稿/);
    await page.getByTestId('finalize').click();
    await confirm(page);
    await page.getByTestId('card-status').filter({ hasText: '已定稿' }).waitFor();
    await page.getByTestId('reopen').waitFor();
    await screenshot(page, 'console-scorecard-1366');
    const card = await api<{ status: string; total: number }>('ka1', `/scorecards/${rep1Id}/${month}`);
    expect(card.status).toBe('final');
    // A final card shows its total alone (one decimal), no projection.
    await expect(page.getByTestId('card-total').textContent()).resolves.toBe(card.total.toFixed(1));
    await expect(page.getByTestId('score-projected').count()).resolves.toBe(0);
  });

  it('exports a report to Excel and CSV, and the files open', async () => {
    const from = `${month}-01`;
    const to = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    await page.goto(`${server.url}/reports/sales?from=${from}&to=${to}&groupBy=sku`);
    await page.locator('table tbody tr').first().waitFor();
    await screenshot(page, 'console-report-sales-1366');
    const report = await api<{ items: { code: string; orderQty: number }[] }>('ka1', `/reports/sales?from=${from}&to=${to}&groupBy=sku`);

    // The API's own workbook, fetched with the bearer token.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').first().click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(report.items.length + 1);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['商品编码']));
    const codeCol = header.indexOf('商品编码') + 1;
    const codes = Array.from({ length: report.items.length }, (_, i) => sheet.getRow(i + 2).getCell(codeCol).value);
    expect(codes.sort()).toEqual(report.items.map((r) => r.code).sort());

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').first().click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.trim().split('\r\n')).toHaveLength(report.items.length + 1);

    // The range fields: a reversed range is refused in place; a quick range sets both dates in the address.
    await page.locator('#s-to').fill(`${month}-01`);
    await page.locator('#s-from').fill(`${month}-02`);
    await page.getByRole('alert').filter({ hasText: '开始日期不能晚于结束日期。' }).waitFor();
    await expect(page.locator('#s-from').getAttribute('aria-invalid')).resolves.toBe('true');
    const [year, mon] = month.split('-').map(Number) as [number, number];
    const lastMonth = { from: new Date(Date.UTC(year, mon - 2, 1)).toISOString().slice(0, 10), to: new Date(Date.UTC(year, mon - 1, 0)).toISOString().slice(0, 10) };
    await page.getByRole('button', { name: '上月' }).click();
    await page.waitForFunction(([from, to]) => {
      const q = new URLSearchParams(location.search);
      return q.get('from') === from && q.get('to') === to;
    }, [lastMonth.from, lastMonth.to] as const);
    await expect(page.locator('#s-to').inputValue()).resolves.toBe(lastMonth.to);
    await expect(page.locator('#s-from').getAttribute('aria-invalid')).resolves.toBeNull();

    // A table the API does not render (visit compliance): the workbook is written in the browser.
    await page.goto(`${server.url}/reports/visits`);
    await page.getByTestId('compliance-rate').waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await screenshot(page, 'console-report-visits-1366');
    const compliance = await api<{ items: { code: string }[] }>('ka1', '/reports/visit-compliance');
    const [own] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').first().click()]);
    const ownBook = new ExcelJS.Workbook();
    await ownBook.xlsx.readFile((await own.path())!);
    const ownSheet = ownBook.worksheets[0]!;
    expect(ownSheet.rowCount).toBe(compliance.items.length + 1);
    expect(ownSheet.getRow(1).getCell(1).value).toBe('门店编码');
    const ownCodes = Array.from({ length: compliance.items.length }, (_, i) => ownSheet.getRow(i + 2).getCell(1).value);
    expect(ownCodes.sort()).toEqual(compliance.items.map((r) => r.code).sort());
    expect(ownSheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('lets an admin edit a role’s scoring scheme, validated as the API does, and see the new version', async () => {
    const ctx = await newContext(browser, DESKTOP, 'zh-CN');
    const p = await ctx.newPage();
    await signIn(p, server.url, 'admin', ADMIN_PASSWORD);
    await p.goto(`${server.url}/admin/roles/sales_rep`);
    const field = p.locator('input[data-field=vagueLogPenalty]');
    await expect(field.inputValue()).resolves.toBe('0.5');

    // Not a multiple of 0.5: refused before anything is sent, next to the field.
    await field.fill('0.3');
    await p.getByTestId('role-save').click();
    await p.getByText('须为 0.5 的倍数，范围 0–100').waitFor();
    expect((await api<{ version: number }>('admin', '/roles/sales_rep')).version).toBe(1);

    // An edit needs its change note: asked for on the field before anything is sent.
    await field.fill('1');
    await p.getByTestId('role-save').click();
    await p.getByText('请填写修改说明').waitFor();
    expect((await api<{ version: number }>('admin', '/roles/sales_rep')).version).toBe(1);
    await p.getByTestId('role-note').fill('含糊日志每篇扣 1 分');
    await p.getByTestId('role-save').click();
    await p.getByText(/已保存为第 2 版/).waitFor();
    await p.getByText(/第 2 版 ·/).first().waitFor();
    const role = await api<{ version: number; scoring: { vagueLogPenalty: number }; note: string }>('admin', '/roles/sales_rep');
    expect(role).toMatchObject({ version: 2, scoring: { vagueLogPenalty: 1 }, note: '含糊日志每篇扣 1 分' });

    await p.getByTestId('role-history-link').click();
    await p.waitForURL(/\/admin\/roles\/sales_rep\/history$/);
    await p.getByTestId('role-version').nth(1).waitFor();
    await expect(p.getByTestId('role-version').count()).resolves.toBe(2);
    // Each version: the month it scores from, who saved it, and why.
    await expect(p.getByTestId('role-version-note').first().textContent()).resolves.toContain('含糊日志每篇扣 1 分');
    await expect(p.getByTestId('role-version-effective').first().textContent()).resolves.toMatch(/起用于考核/);
    await expect(p.getByTestId('role-version-by').nth(1).textContent()).resolves.toContain('系统保存');
    const diff = p.getByTestId('role-diff');
    const line = diff.locator('[data-field=scoring] tr[data-key=vagueLogPenalty]');
    await expect(line.textContent()).resolves.toMatch(/日志含糊每篇扣分\s*0\.5\s*1/);
    await screenshot(p, 'console-role-history-1366');
    await ctx.close();
  });

  it('shows every console screen at 1366 px', async () => {
    const adminCtx = await newContext(browser, DESKTOP, 'zh-CN');
    const admin = await adminCtx.newPage();
    await signIn(admin, server.url, 'admin', ADMIN_PASSWORD);
    const shots: [Page, string, string][] = [
      [page, '/team/tasks', 'team-tasks'],
      [page, '/team/logs', 'team-logs'],
      [page, '/reports/display', 'report-display'],
      [page, '/reports/promotions', 'report-promotions'],
      [page, `/team/scorecards?month=${month}`, 'scorecards'],
      [page, '/team/records', 'records-collections'],
      [page, '/team/records?tab=markets', 'records-markets'],
      [page, '/team/records?tab=complaints', 'records-complaints'],
      [page, '/team/records?tab=discipline', 'records-discipline'],
      [page, `/promotions/${promotionId}`, 'promotion'],
      [admin, '/admin/roles', 'admin-roles'],
      [admin, '/admin/roles/ka_manager', 'admin-role-edit'],
      [admin, '/admin/users', 'admin-users'],
      [admin, '/admin/stores', 'admin-stores'],
      [admin, '/admin/products', 'admin-products'],
      [admin, '/admin/calendar', 'admin-calendar'],
      [admin, '/admin/settings', 'admin-settings'],
      [admin, '/admin/integrations', 'admin-integrations'],
      [admin, '/admin/audit', 'admin-audit'],
    ];
    for (const [p, path, name] of shots) {
      await p.goto(`${server.url}${path}`);
      await p.waitForLoadState('networkidle');
      await p.locator('[aria-busy=true]').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
      await screenshot(p, `console-${name}-1366`);
      // Every column shown: no table box of these screens scrolls sideways at 1366 px.
      if (['team-tasks', 'scorecards', 'records-collections'].includes(name)) {
        const clipped = await p.$$eval('.dt-scroll', (boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
        expect({ name, clipped }).toEqual({ name, clipped: 0 });
      }
      // The task list's default filter shows the team's tasks (the demo's are generated from duties).
      if (name === 'team-tasks') await expect(p.locator('.dt-scroll tbody tr:not(:has(.dt-empty))').count()).resolves.toBeGreaterThan(0);
    }
    // An unknown tab in a link opens the first tab, not an empty page.
    await page.goto(`${server.url}/team/records?tab=no-such-tab`);
    await expect(page.locator('#tab-collections').getAttribute('aria-selected')).resolves.toBe('true');
    await page.locator('#panel-collections').waitFor();
    const stores = await api<{ items: { id: string }[] }>('admin', '/stores?limit=1');
    await admin.goto(`${server.url}/admin/stores/${stores.items[0]!.id}`);
    await admin.getByText('门店档案').waitFor();
    await screenshot(admin, 'console-admin-store-1366');

    // The same console in English: the language is chosen once and remembered.
    await admin.getByLabel('语言').first().selectOption('en');
    await admin.goto(`${server.url}/inbox`);
    await admin.getByRole('heading', { name: 'Inbox' }).waitFor();
    await admin.waitForLoadState('networkidle');
    await screenshot(admin, 'console-inbox-en-1366');
    await adminCtx.close();
  });
});
