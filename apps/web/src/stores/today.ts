import { defineStore } from 'pinia';
import { api } from '../api';
import type { Task, Today } from '../api/types';

/** The rep's day and tasks (GET /me/today, /tasks, POST /tasks/{id}/complete). */
export const useTodayStore = defineStore('today', () => {
  function fetchToday(): Promise<Today> {
    return api.get<Today>('/me/today');
  }

  async function fetchTasks(status?: Task['status']): Promise<Task[]> {
    const page = await api.get<{ items: Task[] }>('/tasks', { query: { status, limit: 200 } });
    return page.items;
  }

  function completeTask(id: string, note?: string): Promise<Task> {
    return api.post<Task>(`/tasks/${encodeURIComponent(id)}/complete`, note ? { note } : {});
  }

  return { fetchToday, fetchTasks, completeTask };
});
