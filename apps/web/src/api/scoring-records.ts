import { api } from './index';
import type { Collection, CollectionPlan, Complaint, DisciplineRecord, MarketPlan } from './types';
import { fetchAll } from './lists';

const clean = (q: Record<string, string | undefined>) => Object.fromEntries(Object.entries(q).filter(([, v]) => v)) as Record<string, string>;

/**
 * The inputs a manager records for the monthly scorecard (R4, scores.manage): collection
 * plans and collections (回款), market-development plans (一级/二级市场), complaints (客户投诉)
 * and discipline records (违规违纪).
 */

const id = encodeURIComponent;

export const plans = (month: string, userId?: string) => fetchAll<CollectionPlan>('/collection-plans', clean({ month, userId }));
export const setPlan = (userId: string, month: string, amount: number) => api.put<CollectionPlan>(`/collection-plans/${id(userId)}/${id(month)}`, { amount });

export const collections = (from: string, to: string, userId?: string) => fetchAll<Collection>('/collections', clean({ from, to, userId }));
export const addCollection = (body: { userId: string; date: string; amount: number; reference?: string }, key: string) =>
  api.post<Collection>('/collections', body, { idempotencyKey: key });

export const marketPlans = (month: string, userId?: string) => fetchAll<MarketPlan>('/market-plans', clean({ month, userId }));
export const addMarketPlan = (body: { userId: string; month: string; level: 'first' | 'second'; name: string; storeId?: string }, key: string) =>
  api.post<MarketPlan>('/market-plans', body, { idempotencyKey: key });
export const completeMarketPlan = (planId: string, date: string) => api.post<MarketPlan>(`/market-plans/${id(planId)}/complete`, { date });

export const complaints = (from: string, to: string, userId?: string) => fetchAll<Complaint>('/complaints', clean({ from, to, userId }));
export const addComplaint = (body: { userId: string; date: string; storeId?: string; description: string }, key: string) =>
  api.post<Complaint>('/complaints', body, { idempotencyKey: key });
export const validateComplaint = (complaintId: string, valid: boolean) => api.post<Complaint>(`/complaints/${id(complaintId)}/validate`, { valid });

export const discipline = (from: string, to: string, userId?: string) => fetchAll<DisciplineRecord>('/discipline-records', clean({ from, to, userId }));
export const addDiscipline = (body: { userId: string; date: string; description: string; points: number }, key: string) =>
  api.post<DisciplineRecord>('/discipline-records', body, { idempotencyKey: key });
