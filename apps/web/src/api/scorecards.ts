import { api, ApiError } from './index';
import type { Page, RankedScorecard, Scorecard } from './types';

/** A scorecard as GET /scorecards/{userId}/{month} answers it (the document names every field). */
export type ScorecardView = Scorecard;

export interface BulkProgress {
  done: number;
  total: number;
  failed: { userId: string; error: unknown }[];
}

/** Scorecards from the manager's side (R4): the ranking, each card, finalize and reopen. */
export async function ranking(month: string, managerId?: string): Promise<RankedScorecard[]> {
  const items: RankedScorecard[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<RankedScorecard> = await api.get<Page<RankedScorecard>>('/scorecards', { query: { month, managerId, limit: 200, cursor } });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export function card(userId: string, month: string): Promise<ScorecardView> {
  return api.get<ScorecardView>(`/scorecards/${encodeURIComponent(userId)}/${encodeURIComponent(month)}`);
}

export function finalize(userId: string, month: string): Promise<ScorecardView> {
  return api.post<ScorecardView>(`/scorecards/${encodeURIComponent(userId)}/${encodeURIComponent(month)}/finalize`, {});
}

/** Reopening is audited and needs the reason (the API refuses a blank note). */
export function reopen(userId: string, month: string, note: string): Promise<ScorecardView> {
  return api.post<ScorecardView>(`/scorecards/${encodeURIComponent(userId)}/${encodeURIComponent(month)}/reopen`, { note });
}

/**
 * Month-end close: finalizes the drafts one after another, reporting progress after each.
 * One failure does not stop the rest; a card someone else finalized meanwhile (409) counts as done.
 */
export async function finalizeAll(userIds: string[], month: string, onProgress: (p: BulkProgress) => void): Promise<BulkProgress> {
  const progress: BulkProgress = { done: 0, total: userIds.length, failed: [] };
  onProgress({ ...progress });
  for (const userId of userIds) {
    try {
      await finalize(userId, month);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409)) progress.failed.push({ userId, error });
    }
    progress.done += 1;
    onProgress({ ...progress, failed: [...progress.failed] });
  }
  return progress;
}
