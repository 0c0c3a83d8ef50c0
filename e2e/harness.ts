import { expect } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ADMIN_PASSWORD, startOn } from './process.js';

export { ADMIN_PASSWORD };

const ROOT = resolve(import.meta.dirname, '..');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const DEMO_PASSWORD = 'fieldbeat-demo';

export interface Server {
  url: string;
  dir: string;
  /** What the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * The real production server (apps/api/dist/server.js, built by `pnpm test`) on a free
 * loopback port, with a fresh demo database in a temp directory (`startOn` with the demo data).
 */
export async function startServer(env: Record<string, string> = {}): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbeat-e2e-'));
  const proc = await startOn(join(dir, 'app.db'), { DEMO_DATA: '1', ...env });
  return {
    url: proc.url,
    dir,
    output: proc.output,
    stop: async () => {
      await proc.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 900 };

export async function newContext(browser: Browser, viewport = PHONE, locale = 'zh-CN'): Promise<BrowserContext> {
  return browser.newContext({
    viewport,
    locale,
    geolocation: { latitude: 31.2304, longitude: 121.4737 },
    permissions: ['geolocation'],
    hasTouch: viewport.width < 600,
  });
}

/** Saves a screenshot under test-artifacts/ (kept by CI). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Signs in through the login form. */
export async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /登录|Sign in|Log in/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/**
 * Reads the API as the user signed in on `page`, with the token the SPA stored for its session:
 * what reached the server, as that user sees it. Expects 200.
 */
export async function apiAsPage(page: Page, baseUrl: string): Promise<<T>(path: string) => Promise<T>> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('fieldbeat.session') ?? '{}').accessToken as string);
  return async <T>(path: string): Promise<T> => {
    const res = await fetch(`${baseUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };
}

/**
 * Polls `read` until `done` holds of its answer (or `timeoutMs` passes, then returns the last
 * answer for the caller's assertion to report). For what the app does in the background, such as
 * the outbox sending a submitted visit when the five seconds the page waits for it were not enough
 * on a loaded machine.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  return value;
}
