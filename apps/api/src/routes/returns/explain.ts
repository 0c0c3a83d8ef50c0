import { renderExplanation, type Locale } from '@fieldbeat/domain';

/** A stored explanation with its sentence in the caller's language added as `text`. */
export function withText<E extends { key: string; params?: Record<string, string | number> }>(explanation: E, locale: Locale) {
  return { ...explanation, text: renderExplanation(explanation, locale) };
}
