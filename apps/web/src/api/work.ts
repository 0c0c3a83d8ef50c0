import { api } from './index';
import type { MarketSurvey, MarketSurveyFull, Page, Scorecard, WorkLog } from './types';

/** The rep's paperwork: daily work logs, the monthly market survey, the own scorecard (R4). */
export async function logs(month: string, userId?: string): Promise<WorkLog[]> {
  const page = await api.get<Page<WorkLog> | WorkLog[]>('/work-logs', { query: { month, userId, limit: 100 } });
  return Array.isArray(page) ? page : page.items;
}

export function saveLog(date: string, content: string): Promise<WorkLog> {
  return api.put<WorkLog>(`/work-logs/${encodeURIComponent(date)}`, { content });
}

export function submitSurvey(month: string, content: string, idempotencyKey: string): Promise<MarketSurvey> {
  return api.post<MarketSurvey>('/market-surveys', { month, content }, { idempotencyKey });
}

/** One person's market surveys, newest month first, a page at a time (the grade once a manager gave it). */
export function surveys(userId: string, cursor?: string | null): Promise<Page<MarketSurveyFull>> {
  return api.get<Page<MarketSurveyFull>>('/market-surveys', { query: { userId, limit: 24, cursor: cursor ?? undefined } });
}

export function scorecard(userId: string, month: string): Promise<Scorecard> {
  return api.get<Scorecard>(`/scorecards/${encodeURIComponent(userId)}/${encodeURIComponent(month)}`);
}
