import { api } from './index';
import type { Task, Today } from './types';

/** The rep's day and tasks (GET /me/today, /tasks, POST /tasks/{id}/complete). */
export function fetchToday(): Promise<Today> {
  return api.get<Today>('/me/today');
}

export async function fetchTasks(status?: Task['status']): Promise<Task[]> {
  const page = await api.get<{ items: Task[] }>('/tasks', { query: { status, limit: 200 } });
  return page.items;
}

export function completeTask(id: string, note?: string): Promise<Task> {
  return api.post<Task>(`/tasks/${encodeURIComponent(id)}/complete`, note ? { note } : {});
}
