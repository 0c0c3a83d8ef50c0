import { api } from './index';
import type { Page, Task, TeamWorkLog } from './types';
import { fetchAll } from './lists';
import { ifMatch } from './lists';

export interface TaskFilter {
  assigneeId?: string;
  status?: Task['status'] | '';
  dueFrom?: string;
  dueTo?: string;
}

export interface NewTask {
  title: string;
  description: string;
  assigneeId: string;
  /** ISO 8601 with an offset. */
  dueAt: string;
}

/** The manager's side of the field work: assigned tasks and their review, the team's work logs. */
export function tasks(filter: TaskFilter): Promise<Task[]> {
  return fetchAll<Task>('/tasks', Object.fromEntries(Object.entries(filter).filter(([, v]) => v)) as Record<string, string>);
}

export function assign(body: NewTask, idempotencyKey: string): Promise<Task> {
  return api.post<Task>('/tasks', body, { idempotencyKey });
}

export function review(task: Task & { version?: number }, meetsRequirements: boolean, note?: string): Promise<Task> {
  return api.post<Task>(`/tasks/${encodeURIComponent(task.id)}/review`, note ? { meetsRequirements, note } : { meetsRequirements }, {
    headers: ifMatch(task.version),
  });
}

/** Logs of one person (or of everyone visible when `userId` is empty) in a month, newest first. */
export async function logs(month: string, userId?: string): Promise<TeamWorkLog[]> {
  const items: TeamWorkLog[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<TeamWorkLog> = await api.get<Page<TeamWorkLog>>('/work-logs', { query: { month, userId, limit: 200, cursor } });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export function flagVague(userId: string, date: string, note?: string): Promise<TeamWorkLog> {
  return api.post<TeamWorkLog>(`/work-logs/${encodeURIComponent(userId)}/${encodeURIComponent(date)}/flag-vague`, note ? { note } : {});
}
