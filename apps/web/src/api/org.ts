import { api, type Versioned } from './index';
import type { Settings, WorkCalendarInput, WorkCalendarYear } from './types';

/**
 * Organisation settings and the working-day calendar. Both are saved with the ETag they were
 * read with, so two admins cannot overwrite each other silently: the second save is 412.
 */
export const settings = () => api.requestVersioned<Settings>('GET', '/settings');
export const saveSettings = (body: Settings, etag: string | null): Promise<Versioned<Settings>> =>
  api.requestVersioned<Settings>('PUT', '/settings', { body, headers: etag ? { 'If-Match': etag } : {} });

export const calendar = (year: number) => api.requestVersioned<WorkCalendarYear>('GET', `/calendar/${year}`);
export const saveCalendar = (year: number, body: WorkCalendarInput, etag: string | null): Promise<Versioned<WorkCalendarYear>> =>
  api.requestVersioned<WorkCalendarYear>('PUT', `/calendar/${year}`, {
    body: { holidays: body.holidays, workdays: body.workdays },
    headers: etag ? { 'If-Match': etag } : {},
  });
