import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { api } from '../api';
import { ifMatch } from '../api/lists';
import type { Inbox, MarketSurveyFull, Promotion, ReturnRequest, Task } from '../api/types';

type ListName = 'promotions' | 'returns' | 'tasks' | 'surveys';

const EMPTY: Inbox = { promotions: [], returns: [], tasks: [], surveys: [], counts: { promotions: 0, returns: 0, tasks: 0, surveys: 0 } };

/**
 * What waits for the signed-in manager (GET /inbox) and the decisions taken on it. A decided
 * item leaves its list at once (and its count), so the inbox reads as work getting done; the
 * next load brings the server's truth.
 */
export const useInboxStore = defineStore('inbox', () => {
  const inbox = shallowRef<Inbox | null>(null);
  const loadedAt = ref<number | null>(null);
  const total = computed(() => {
    const c = inbox.value?.counts;
    return c ? c.promotions + c.returns + c.tasks + c.surveys : 0;
  });

  async function load(): Promise<Inbox> {
    const fresh = await api.get<Inbox>('/inbox', { query: { limit: 100 } });
    inbox.value = { ...EMPTY, ...fresh, counts: { ...EMPTY.counts, ...fresh.counts } };
    loadedAt.value = Date.now();
    return inbox.value;
  }

  function drop(list: ListName, id: string): void {
    const current = inbox.value;
    if (!current) return;
    const items = (current[list] as { id: string }[]).filter((i) => i.id !== id);
    if (items.length === current[list].length) return;
    inbox.value = { ...current, [list]: items, counts: { ...current.counts, [list]: Math.max(0, current.counts[list] - 1) } };
  }

  /** Approve or reject (a rejection needs a note, RULES R5); an approval above the GM threshold moves to `pending_gm`. */
  async function decidePromotion(id: string, action: 'approve' | 'reject', note?: string): Promise<Promotion> {
    const promotion = await api.post<Promotion>(`/promotions/${encodeURIComponent(id)}/${action}`, note ? { note } : {});
    drop('promotions', id);
    return promotion;
  }

  async function decideReturn(id: string, action: 'approve' | 'reject', note?: string): Promise<ReturnRequest> {
    const ret = await api.post<ReturnRequest>(`/returns/${encodeURIComponent(id)}/${action}`, note ? { note } : {});
    drop('returns', id);
    return ret;
  }

  async function reviewTask(task: Pick<Task, 'id'> & { version?: number }, meetsRequirements: boolean, note?: string): Promise<Task> {
    const body = note ? { meetsRequirements, note } : { meetsRequirements };
    const reviewed = await api.post<Task>(`/tasks/${encodeURIComponent(task.id)}/review`, body, { headers: ifMatch(task.version) });
    drop('tasks', task.id);
    return reviewed;
  }

  /** The survey's grade is the points it costs (视填表质量扣0-5分), in half points. */
  async function gradeSurvey(id: string, penalty: number): Promise<MarketSurveyFull> {
    const graded = await api.post<MarketSurveyFull>(`/market-surveys/${encodeURIComponent(id)}/grade`, { penalty });
    drop('surveys', id);
    return graded;
  }

  function reset(): void {
    inbox.value = null;
    loadedAt.value = null;
  }

  return { inbox, loadedAt, total, load, decidePromotion, decideReturn, reviewTask, gradeSurvey, reset };
});
