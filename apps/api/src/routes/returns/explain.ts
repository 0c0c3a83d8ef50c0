import type { FastifyRequest } from 'fastify';
import { renderExplanation, type Locale } from '@fieldbeat/domain';

/** The caller's language for explanations: `Accept-Language` en or zh (zh-CN by default). */
export function localeOf(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'zh-CN';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  }
  return 'zh-CN';
}

/** A stored explanation with its sentence in the caller's language added as `text`. */
export function withText<E extends { key: string; params?: Record<string, string | number> }>(explanation: E, locale: Locale) {
  return { ...explanation, text: renderExplanation(explanation, locale) };
}
