import { defineStore } from 'pinia';
import { api, type Versioned } from '../api';
import type { Settings, WorkCalendarInput, WorkCalendarYear } from '../api/types';

/**
 * Organisation settings and the working-day calendar. Both are saved with the ETag they were
 * read with, so two admins cannot overwrite each other silently: the second save is 412.
 */
export const useOrgStore = defineStore('org', () => {
  const settings = () => api.requestVersioned<Settings>('GET', '/settings');
  const saveSettings = (body: Settings, etag: string | null): Promise<Versioned<Settings>> =>
    api.requestVersioned<Settings>('PUT', '/settings', { body, headers: etag ? { 'If-Match': etag } : {} });

  const calendar = (year: number) => api.requestVersioned<WorkCalendarYear>('GET', `/calendar/${year}`);
  const saveCalendar = (year: number, body: WorkCalendarInput, etag: string | null): Promise<Versioned<WorkCalendarYear>> =>
    api.requestVersioned<WorkCalendarYear>('PUT', `/calendar/${year}`, {
      body: { holidays: body.holidays, workdays: body.workdays },
      headers: etag ? { 'If-Match': etag } : {},
    });

  return { settings, saveSettings, calendar, saveCalendar };
});
