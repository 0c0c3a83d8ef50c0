import { DEFAULT_SCORING } from '@fieldbeat/domain';
import { localizeFieldMessage } from './field-messages';
import { draftToProduct, onClearance, productErrors, productToDraft } from './product-form';
import { collectionErrors, disciplineErrors, parseMoney } from './record-forms';
import { draftToStore, storeErrors, storeToDraft } from './store-form';
import { defaultTaskListFilter, dueAtOf, duePresets, isLate, taskErrors, tasksShown } from './task-form';
import { userBody, userErrors, userToDraft } from './user-form';

const t = (key: string, named?: Record<string, unknown>) => (named && Object.keys(named).length ? `${key}:${JSON.stringify(named)}` : key);
/** The record's stamps: what the API answers beside the fields a form edits. */
const STAMPS = { createdAt: '2026-01-05T02:00:00.000Z', updatedAt: '2026-01-05T02:00:00.000Z', version: 1 };

describe('console forms check what the API checks', () => {
  it('reads money with at most two decimals, never negative', () => {
    expect(parseMoney('97400.5')).toBe(97400.5);
    expect(parseMoney('1,200.00')).toBe(1200);
    expect(parseMoney('0.123')).toBeNull();
    expect(parseMoney('-3')).toBeNull();
    expect(parseMoney('')).toBeNull();
    expect(collectionErrors({ userId: 'u', date: '2026-11-31', amount: '1.005', reference: '' }, t)).toEqual({ date: 'fieldErrors.date', amount: 'errors.money' });
  });

  it('keeps a violation inside the role’s range in half points (酌情扣2-5分)', () => {
    const d = { userId: 'u', date: '2026-11-20', description: '迟到', points: '' };
    expect(disciplineErrors({ ...d, points: '3.5' }, DEFAULT_SCORING, t)).toEqual({});
    expect(Object.keys(disciplineErrors({ ...d, points: '6' }, DEFAULT_SCORING, t))).toEqual(['points']);
    expect(Object.keys(disciplineErrors({ ...d, points: '2.25' }, DEFAULT_SCORING, t))).toEqual(['points']);
    expect(Object.keys(disciplineErrors({ ...d, points: '1' }, { disciplineMin: 1, disciplineMax: 3 }, t))).toEqual([]);
  });

  it('checks a task and turns its local due time into an instant', () => {
    expect(Object.keys(taskErrors({ title: '', description: '', assigneeId: '', due: '' }, t)).sort()).toEqual(['assigneeId', 'description', 'dueAt', 'title']);
    expect(dueAtOf('2026-11-27T18:00')).toMatch(/^2026-11-2\dT\d\d:00:00\.000Z$/);
    const presets = duePresets(new Date(2026, 10, 25, 9)); // a Wednesday
    expect(presets.map((p) => p.value)).toEqual(['2026-11-25T18:00', '2026-11-26T18:00', '2026-11-27T18:00']);
    expect(isLate({ dueAt: '2026-11-03T15:59:59Z', completedAt: '2026-11-26T19:03:00Z', status: 'done' })).toBe(true);
    expect(isLate({ dueAt: '2099-01-01T00:00:00Z', completedAt: null, status: 'open' })).toBe(false);
  });

  it('shows the team’s tasks by default, also those generated from duties (the demo has only those)', () => {
    const tasks = [
      { id: 'a', source: 'duty' },
      { id: 'b', source: 'duty' },
      { id: 'c', source: 'manual' },
      { id: 'd' },
    ];
    const filter = defaultTaskListFilter();
    expect(filter.includeDuties).toBe(true);
    expect(tasksShown(tasks, filter.includeDuties)).toEqual({ rows: tasks, hiddenDuties: 0 });
    // Hiding duties is the manager's choice, and the empty list then says how many it hides.
    expect(tasksShown(tasks, false)).toEqual({ rows: [tasks[2], tasks[3]], hiddenDuties: 2 });
    expect(tasksShown(tasks.slice(0, 2), false)).toEqual({ rows: [], hiddenDuties: 2 });
  });

  it('checks users: username charset, password on create, and patches only what changed', () => {
    const creating = userToDraft(null, '2026-11-27');
    expect(Object.keys(userErrors({ ...creating, username: 'a b', displayName: 'x', roleCode: 'sales_rep' }, true, t)).sort()).toEqual(['password', 'username']);
    const user = { id: 'u1', username: 'rep1', displayName: '刘洋', roleCode: 'sales_rep', managerId: 'ka1', region: '华东', startDate: '2022-09-01', active: true, permissions: [], ...STAMPS };
    const edit = { ...userToDraft(user, '2026-11-27'), managerId: 'ka2' };
    expect(userErrors(edit, false, t)).toEqual({});
    expect(userBody(edit, user)).toEqual({ managerId: 'ka2' });
    expect(userBody({ ...edit, password: 'new-secret-1' }, user)).toEqual({ managerId: 'ka2', password: 'new-secret-1' });
  });

  it('checks a store’s coordinates and keeps its profile typed', () => {
    const d = storeToDraft({ id: 's', code: 'SH-1', name: '联盛', address: null, region: null, tier: 'key', channel: 'ka', status: 'active', ownerId: 'r1', lat: 31.2, lng: 121.5, contacts: [], profile: { floorAreaSqm: 12000, custom: '有停车场' }, ...STAMPS });
    expect(storeErrors(d, t)).toEqual({});
    const body = draftToStore(d);
    expect(body.profile).toEqual({ floorAreaSqm: 12000, custom: '有停车场' });
    expect(Object.keys(storeErrors({ ...d, lat: '95', lng: '' }, t)).sort()).toEqual(['lat', 'lng']);
  });

  it('checks a product’s clearance window and prices', () => {
    const p = { id: 'p', sku: 'HL-1', barcode: null, name: '薯片', spec: null, unit: '袋', category: null, brand: null, retailPrice: 7.5, supplyPrice: 5.2, shelfLifeDays: 270, packSize: 24, isKey: true, isNew: false, clearance: null, ...STAMPS };
    const d = { ...productToDraft(p), onClearance: true, clearanceFrom: '2026-12-10', clearanceTo: '2026-12-01' };
    expect(productErrors(d, t)).toEqual({ 'clearance.to': 'errors.dateOrder' });
    expect(draftToProduct({ ...d, clearanceTo: '2026-12-31' }).clearance).toEqual({ from: '2026-12-10', to: '2026-12-31' });
    expect(onClearance({ clearance: { from: '2026-11-16', to: '2026-12-13' } }, '2026-12-13')).toBe(true);
    expect(onClearance({ clearance: { from: '2026-11-16', to: '2026-12-13' } }, '2026-12-14')).toBe(false);
  });

  it('says the API’s common field errors again in the person’s language', () => {
    expect(localizeFieldMessage('is required', t)).toBe('fieldErrors.required');
    expect(localizeFieldMessage('must be a multiple of 0.5 from 2 to 5', t)).toBe('fieldErrors.halfPoints:{"min":"2","max":"5"}');
    expect(localizeFieldMessage('something new', t)).toBe('something new');
  });
});
