/**
 * @jest-environment node
 */
// Every string of the consoles goes through i18n: each literal key the console screens use
// exists in Simplified Chinese and in English, and the navigation's titles live in the main
// bundle (the sidebar shows them before any console page loads its strings).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consoleRoutes } from '../router/console-routes';
import consoleEn from './console/en';
import consoleZh from './console/zh-CN';
import en from './en';
import zh from './zh-CN';

const src = fileURLToPath(new URL('..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function has(messages: unknown, key: string): boolean {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

const CONSOLE_SOURCES = [
  'pages/team',
  'pages/admin',
  'components/inbox',
  'components/records',
  'components/admin',
  'components/DataTable.vue',
  'components/ExportButtons.vue',
  'components/UserSelect.vue',
  'components/ConfirmHost.vue',
  'components/ScoreLines.vue',
  'components/PromotionFacts.vue',
  'pages/PromotionPage.vue',
  'composables/use-promotion-decision.ts',
  'composables/task-form.ts',
  'composables/record-forms.ts',
  'composables/user-form.ts',
  'composables/store-form.ts',
  'composables/product-form.ts',
].flatMap((p) => (statSync(join(src, p)).isDirectory() ? files(join(src, p)) : [join(src, p)]));

describe('console strings', () => {
  const merged = { zh: { ...zh, ...consoleZh }, en: { ...en, ...consoleEn } };
  const keys = new Map<string, string>();
  for (const file of CONSOLE_SOURCES) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z][\w.]*)'/g)) keys.set(m[1]!, file.slice(src.length));
  }

  it('finds the keys it checks', () => {
    expect(keys.size).toBeGreaterThan(300);
  });

  it.each(['zh', 'en'] as const)('has every literal key in %s', (lang) => {
    const missing = [...keys].filter(([key]) => !has(merged[lang], key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('keeps console strings apart from the main ones (no namespace is merged over)', () => {
    const clash = Object.keys(consoleZh).filter((k) => k in zh);
    expect(clash).toEqual([]);
  });

  it('has every console page title in the main bundle', () => {
    const titles = consoleRoutes.flatMap((r) => [r.meta?.title, ...(r.children ?? []).map((c) => c.meta?.title)]).filter((x): x is string => !!x);
    expect(titles.filter((k) => !has(zh, k) || !has(en, k))).toEqual([]);
  });
});
