import { api } from './index';
import type { Page } from './types';

/** Reads every page of a list endpoint (the rep's stores and products fit in a few pages). */
export async function fetchAll<T>(path: string, query: Record<string, string> = {}): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await api.get<Page<T>>(path, { query: { ...query, limit: 200, cursor } });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** `"v3"` for a row that carries its version: the API then refuses a decision on a changed row (412). */
export function ifMatch(version: unknown): Record<string, string> {
  return typeof version === 'number' ? { 'If-Match': `"v${version}"` } : {};
}
