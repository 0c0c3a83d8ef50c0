import type { FastifyRequest } from 'fastify';
import { LOCALES, type Locale } from '@fieldbeat/domain';

export type { Locale };

/** zh-CN unless the caller asks for English first: the handbook's language is the default. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * The caller's language from `Accept-Language` (RFC 9110 q-values): the first supported one
 * in order of preference, matched on the primary tag (`en-GB` is `en`, `zh`/`zh-Hans` is zh-CN).
 */
export function preferredLocale(request: Pick<FastifyRequest, 'headers'>): Locale {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string' || header === '') return DEFAULT_LOCALE;
  const ranges = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((r) => r.tag !== '' && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { tag } of ranges) {
    const primary = tag.split('-')[0];
    if (primary === 'en') return 'en';
    if (primary === 'zh') return 'zh-CN';
    if (tag === '*') return DEFAULT_LOCALE;
    const exact = LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
  }
  return DEFAULT_LOCALE;
}

/** A text in every supported language, or one text for all. */
export type Localized = string | Readonly<Record<Locale, string>>;

export const localize = (text: Localized, locale: Locale): string => (typeof text === 'string' ? text : text[locale]);
