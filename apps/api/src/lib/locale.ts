import type { FastifyRequest } from 'fastify';
import { LOCALES, type Locale } from '@fieldbeat/domain';
import { weightedRanges } from './negotiation.js';

export type { Locale };

/** zh-CN unless the caller asks for English first: the handbook's language is the default. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * The caller's language from `Accept-Language` — the only place that decides it (every route,
 * report and error message uses this): the first supported one in order of preference
 * (lib/negotiation.ts), matched on the primary tag (`en-GB` is `en`, `zh`/`zh-Hans` is zh-CN).
 */
export function preferredLocale(request: Pick<FastifyRequest, 'headers'>): Locale {
  return requestedLocale(request) ?? DEFAULT_LOCALE;
}

/** The language the caller asked for, or null when `Accept-Language` names none we support (or `*`). */
export function requestedLocale(request: Pick<FastifyRequest, 'headers'>): Locale | null {
  for (const { value: tag } of weightedRanges(request.headers['accept-language'])) {
    const primary = tag.split('-')[0];
    if (primary === 'en') return 'en';
    if (primary === 'zh') return 'zh-CN';
    if (tag === '*') return null;
    const exact = LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
  }
  return null;
}

/** A text in every supported language, or one text for all. */
export type Localized = string | Readonly<Record<Locale, string>>;

export const localize = (text: Localized, locale: Locale): string => (typeof text === 'string' ? text : text[locale]);
