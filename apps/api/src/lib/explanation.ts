import { Type } from 'typebox';
import { renderExplanation, type Locale } from '@fieldbeat/domain';

/**
 * The one shape of an explanation in every response (docs/api-guide.md, Explanations):
 * `explanation` is the sentence in the caller's language, `explanationKey` and
 * `explanationParams` beside it are the structured form a client may render itself.
 */
export const ExplanationParams = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
  description: 'the facts the rule used, the template parameters of explanationKey',
});

/** The three fields, to spread into a response object's schema. */
export const ExplanationFields = {
  explanation: Type.String({ description: "why, as a sentence in the caller's language (Accept-Language; zh-CN by default)" }),
  explanationKey: Type.String({ description: 'the template key of the sentence' }),
  explanationParams: ExplanationParams,
};

/** A rule's stored explanation (`{key, params}`) as the three fields, rendered in `locale`. */
export function explained(stored: { key: string; params?: Record<string, string | number> }, locale: Locale) {
  return {
    explanation: renderExplanation(stored, locale),
    explanationKey: stored.key,
    explanationParams: stored.params ?? {},
  };
}
