import type { Task } from '../api/types';

/** The task assignment form (POST /tasks): what the API requires, checked before sending. */
export interface TaskDraft {
  title: string;
  description: string;
  assigneeId: string;
  /** `YYYY-MM-DDTHH:mm` from a datetime-local input, in the device's time zone. */
  due: string;
}

export function emptyTask(): TaskDraft {
  return { title: '', description: '', assigneeId: '', due: '' };
}

type Translate = (key: string) => string;

export function taskErrors(d: TaskDraft, t: Translate): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.title.trim()) e.title = t('errors.required');
  else if (d.title.trim().length > 200) e.title = t('teamTasks.tooLong');
  if (!d.description.trim()) e.description = t('errors.required');
  if (!d.assigneeId) e.assigneeId = t('errors.required');
  if (!d.due) e.dueAt = t('errors.required');
  else if (Number.isNaN(new Date(d.due).getTime())) e.dueAt = t('fieldErrors.date');
  return e;
}

/** The local date-time typed in, as an instant with its offset (the API stores UTC). */
export function dueAtOf(local: string): string {
  return new Date(local).toISOString();
}

/** A datetime-local value for a day at a time, e.g. today at 18:00. */
export function localDateTime(date: Date, hours: number, minutes = 0): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(hours)}:${pad(minutes)}`;
}

/** Quick due times a manager picks most: end of today, end of tomorrow, end of this week's Friday. */
export function duePresets(now: Date): { key: 'today' | 'tomorrow' | 'friday'; value: string }[] {
  const day = (offset: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
  const toFriday = (5 - now.getDay() + 7) % 7;
  return [
    { key: 'today', value: localDateTime(day(0), 18) },
    { key: 'tomorrow', value: localDateTime(day(1), 18) },
    { key: 'friday', value: localDateTime(day(toFriday), 18) },
  ];
}

/** Done after its due time: the scorecard counts it (R4 assigned_task). */
export function isLate(task: { dueAt: string; completedAt?: string | null; status: string }, now = new Date()): boolean {
  if (task.completedAt) return new Date(task.completedAt) > new Date(task.dueAt);
  return task.status === 'open' && new Date(task.dueAt) < now;
}

/** The team task list's filter. Tasks generated from duties (source 'duty') are tasks like any
 * other (they are due, reviewed and scored), so the list shows them unless the manager hides them. */
export interface TaskListFilter {
  assigneeId: string;
  status: Task['status'] | '';
  dueFrom: string;
  dueTo: string;
  includeDuties: boolean;
}

export function defaultTaskListFilter(): TaskListFilter {
  return { assigneeId: '', status: '', dueFrom: '', dueTo: '', includeDuties: true };
}

/** The rows the list shows, and how many duty tasks the filter hides (said when the list is empty). */
export function tasksShown<T extends { source?: string }>(tasks: readonly T[], includeDuties: boolean): { rows: T[]; hiddenDuties: number } {
  if (includeDuties) return { rows: [...tasks], hiddenDuties: 0 };
  const rows = tasks.filter((task) => task.source !== 'duty');
  return { rows, hiddenDuties: tasks.length - rows.length };
}
