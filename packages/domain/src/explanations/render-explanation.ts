import { MESSAGES_EN } from './messages-en.js';
import { MESSAGES_ZH_CN } from './messages-zh-cn.js';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const EXPLANATION_MESSAGES: Record<Locale, Record<string, string>> = {
  'zh-CN': MESSAGES_ZH_CN,
  en: MESSAGES_EN,
};

/**
 * An explanation as a sentence in `locale`. Accepts stored explanations (key typed as plain
 * string): an unknown key renders as the key itself, a missing param keeps its `{name}`.
 */
export function renderExplanation(
  explanation: { key: string; params?: Record<string, string | number> },
  locale: Locale,
): string {
  const template = EXPLANATION_MESSAGES[locale][explanation.key] ?? EXPLANATION_MESSAGES.en[explanation.key];
  if (template === undefined) return explanation.key;
  const params = explanation.params ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
