import type { ExplanationKey } from './messages-en.js';

export type ExplanationParams = Record<string, string | number>;

/**
 * Why a rule decided what it decided, as an i18n key and its parameters, so the API and the
 * SPA can render it in zh-CN or en (`renderExplanation`). Every key has a template in both.
 */
export interface Explanation {
  key: ExplanationKey;
  params: ExplanationParams;
}

export function explain(key: ExplanationKey, params: ExplanationParams = {}): Explanation {
  return { key, params };
}
