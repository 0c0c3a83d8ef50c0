import { EXPLANATION_MESSAGES, renderExplanation, type Explanation } from '@fieldbeat/domain';

/**
 * Something that explains itself: the API's one shape (`explanation` the sentence,
 * `explanationKey`/`explanationParams` beside it) or the domain's own decision, computed on the
 * phone, whose `explanation` is `{key, params}`.
 */
export interface Explained {
  explanation?: string | Explanation | null;
  explanationKey?: string | null;
  explanationParams?: Record<string, string | number> | null;
}

const toLocale = (locale: string) => (locale.startsWith('zh') ? 'zh-CN' : 'en');

function render(
  explanation: { key: string; params?: Record<string, string | number> },
  locale: string,
): string {
  try {
    return renderExplanation(explanation, toLocale(locale));
  } catch {
    return '';
  }
}

const known = (key: string) => Object.prototype.hasOwnProperty.call(EXPLANATION_MESSAGES.en, key);

/**
 * An explanation as one sentence in the UI language: rendered from the key and params with the
 * domain's templates (shared with the server), so switching the language needs no reload; the
 * server's own sentence when it sent no key or one this build has no template for (never the
 * key itself); the domain decision's explanation when the phone computed it.
 */
export function explanationText(item: Explained | null | undefined, locale: string): string {
  if (!item) return '';
  if (item.explanationKey && known(item.explanationKey)) {
    return render({ key: item.explanationKey, params: item.explanationParams ?? {} }, locale);
  }
  const { explanation } = item;
  if (typeof explanation === 'string') return explanation;
  if (explanation && typeof explanation.key === 'string' && known(explanation.key))
    return render(explanation, locale);
  return '';
}
