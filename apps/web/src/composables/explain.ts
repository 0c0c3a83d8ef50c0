import { renderExplanation, type Explanation } from '@fieldbeat/domain';

function isExplanation(value: unknown): value is Explanation {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}

/**
 * Any explanation the API or the domain returns, as one sentence in the UI language: the
 * domain's own templates (shared with the server) when it is a keyed explanation, the text
 * itself when the server sent a string.
 */
export function explanationText(explanation: unknown, locale: string): string {
  if (explanation === null || explanation === undefined) return '';
  if (typeof explanation === 'string') return explanation;
  if (isExplanation(explanation)) {
    try {
      return renderExplanation(explanation, locale.startsWith('zh') ? 'zh-CN' : 'en');
    } catch {
      return '';
    }
  }
  const text = (explanation as { text?: unknown; summary?: unknown }).text ?? (explanation as { summary?: unknown }).summary;
  return typeof text === 'string' ? text : '';
}
