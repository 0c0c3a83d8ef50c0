import { MESSAGES_EN } from './messages-en.js';
import { MESSAGES_ZH_CN } from './messages-zh-cn.js';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const EXPLANATION_MESSAGES: Record<Locale, Record<string, string>> = {
  'zh-CN': MESSAGES_ZH_CN,
  en: MESSAGES_EN,
};

/**
 * The params that carry money (major-unit text such as "102999.99", as `formatMajor` writes it),
 * per key prefix: rendered as currency (¥ and thousands separators), also in snapshots stored
 * before money was formatted: the scorecard's and the promotion effect's.
 */
const MONEY_PARAMS: readonly { prefix: string; names: ReadonlySet<string> }[] = [
  { prefix: 'score.collection.', names: new Set(['plan', 'carryIn', 'effectivePlan', 'actual']) },
  { prefix: 'score.projection', names: new Set(['actual', 'projectedActual']) },
  { prefix: 'promotion_effect.', names: new Set(['actualCost', 'estimatedCost', 'costPerExtraUnit']) },
];

/** The SPA's money format (`formatMoney`): CNY with 2 decimals in the locale's grouping. */
export function formatCurrency(major: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2 }).format(major);
}

export interface RenderOptions {
  /** How a money param is shown; by default `formatCurrency` in the locale. */
  money?: (major: number) => string;
}

/**
 * An explanation as a sentence in `locale`. Accepts stored explanations (key typed as plain
 * string): an unknown key renders as the key itself, a missing param keeps its `{name}`.
 */
export function renderExplanation(
  explanation: { key: string; params?: Record<string, string | number> },
  locale: Locale,
  options: RenderOptions = {},
): string {
  const template = EXPLANATION_MESSAGES[locale][explanation.key] ?? EXPLANATION_MESSAGES.en[explanation.key];
  if (template === undefined) return explanation.key;
  const params = explanation.params ?? {};
  const money = MONEY_PARAMS.find((m) => explanation.key.startsWith(m.prefix))?.names;
  const show = options.money ?? ((major: number) => formatCurrency(major, locale));
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (money?.has(name) && value !== '' && Number.isFinite(Number(value))) return show(Number(value));
    return String(value);
  });
}
