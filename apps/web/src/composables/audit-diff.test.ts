import { auditActionLabel, auditActorLabel, auditChanges, auditFieldLabel, auditSubject, describeChanges, formatAuditValue, type AuditContext } from './audit-diff';
import zhCN from '../i18n/zh-CN';
import consoleZhCN from '../i18n/console/zh-CN';
import en from '../i18n/en';
import consoleEn from '../i18n/console/en';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ALICE = '0191a7b2-5c3d-7e4f-8a9b-000000000001';
const STORE = '0191a7b2-5c3d-7e4f-8a9b-000000000002';
const PRODUCT = '0191a7b2-5c3d-7e4f-8a9b-000000000003';
const STRANGER = '0191a7b2-5c3d-7e4f-8a9b-00000000ffff';

/** A context over the real catalogues, so a missing label fails here. */
function ctxFor(messages: Record<string, unknown>): AuditContext {
  const lookup = (key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), messages);
  return {
    te: (key) => typeof lookup(key) === 'string',
    t: (key, params) => {
      const s = lookup(key);
      if (typeof s !== 'string') return key;
      return s.replace(/\{(\w+)\}/g, (_, p: string) => String(params?.[p] ?? ''));
    },
    person: (id) => (id === ALICE ? '王丽' : undefined),
    store: (id) => (id === STORE ? '华润万家·科技园店' : undefined),
    product: (id) => (id === PRODUCT ? '原味酸奶 200g' : undefined),
    role: (code) => (code === 'sales_rep' ? '业务员' : undefined),
    formatMoney: (n) => `¥${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
    formatDateTime: (iso) => `DT(${iso.slice(0, 16)})`,
    formatDate: (d) => `D(${d})`,
  };
}
const zh = ctxFor({ ...zhCN, ...consoleZhCN });
const enCtx = ctxFor({ ...en, ...consoleEn });

describe('auditChanges', () => {
  it('lists the changed leaves, nested by dotted path, bookkeeping left out', () => {
    const before = { id: 'x', version: 3, updatedAt: 'a', name: 'A', scoring: { baseScore: 100, taskPenalty: 2 } };
    const after = { id: 'x', version: 4, updatedAt: 'b', name: 'A', scoring: { baseScore: 100, taskPenalty: 3 } };
    expect(auditChanges(before, after)).toEqual([{ path: 'scoring.taskPenalty', before: 2, after: 3 }]);
  });

  it('lists every field of a creation and of a deletion, and compares explanations whole', () => {
    expect(auditChanges(null, { id: 'x', name: 'A', eligibility: { eligible: true, explanation: { key: 'k', params: { a: 1 } } } })).toEqual([
      { path: 'name', before: undefined, after: 'A' },
      { path: 'eligibility', before: undefined, after: { eligible: true, explanation: { key: 'k', params: { a: 1 } } } },
    ]);
    expect(auditChanges({ url: 'https://x' }, null)).toEqual([{ path: 'url', before: 'https://x', after: undefined }]);
    expect(auditChanges({ a: 1 }, { a: 1 })).toEqual([]);
  });
});

describe('describeChanges', () => {
  it('writes a change field by field in words: "价格: ¥12.50 → ¥13.00"', () => {
    const lines = describeChanges({ before: { retailPriceMinor: 1250, isKey: false, storeId: STORE }, after: { retailPriceMinor: 1300, isKey: true, storeId: STORE } }, zh);
    expect(lines.map((l) => l.line)).toEqual(['零售价: ¥12.50 → ¥13.00', '重点商品: 否 → 是']);
  });

  it('a creation lists the values, names for ids, words for codes, no id anywhere', () => {
    const after = {
      id: STRANGER, storeId: STORE, productId: PRODUCT, requesterId: ALICE, qty: 4, reason: 'quality_defect', status: 'pending_approval',
      requestDate: '2026-06-15', createdAt: '2026-06-15T02:00:00.000Z', refundAmount: 1234.5, approvedBy: null,
    };
    const lines = describeChanges({ before: null, after }, zh).map((l) => l.line);
    expect(lines).toEqual([
      '门店: 华润万家·科技园店',
      '商品: 原味酸奶 200g',
      '申请人: 王丽',
      '数量: 4',
      '原因: 生产质量问题',
      '状态: 待审批',
      '申请日期: D(2026-06-15)',
      '创建时间: DT(2026-06-15T02:00)',
      '退款金额: ¥1,234.50',
    ]); // approvedBy: null is no value to list
    expect(lines.join('\n')).not.toMatch(UUID);
  });

  it('in English too', () => {
    expect(describeChanges({ before: { estimatedCost: 5000, status: 'submitted' }, after: { estimatedCost: 5200, status: 'approved' } }, enCtx).map((l) => l.line)).toEqual([
      'Estimated cost: ¥5,000.00 → ¥5,200.00',
      'Status: Awaiting approval → Approved',
    ]);
  });
});

describe('formatAuditValue', () => {
  it('never shows an id: an unknown person, store or product reads "unknown"', () => {
    expect(formatAuditValue('managerId', STRANGER, zh)).toBe('（未知）');
    expect(formatAuditValue('storeIds', [STORE, STRANGER], zh)).toBe('华润万家·科技园店、（未知）');
    expect(formatAuditValue('note', STRANGER, zh)).toBe('（未知）');
    expect(formatAuditValue('approvedBy', 'standard', zh)).toBe('按标准自动批准');
  });

  it('permissions, roles, lists and materials in words', () => {
    expect(formatAuditValue('permissions', ['visits.log', 'returns.approve'], zh)).toBe('门店拜访、审批退货');
    expect(formatAuditValue('roleCode', 'sales_rep', zh)).toBe('业务员');
    expect(formatAuditValue('materials', [{ name: '堆头', qty: 2 }], zh)).toBe('堆头 × 2');
    expect(formatAuditValue('duties', [{ a: 1 }, { a: 2 }], zh)).toBe('2 项');
    expect(formatAuditValue('issues', [], zh)).toBe('无');
    expect(formatAuditValue('issues', ['outside_geofence'], zh)).toBe('签到位置超出范围');
  });
});

describe('labels', () => {
  it('every action the API audits, in both languages', () => {
    const actions = ['create', 'update', 'delete', 'login', 'generate', 'complete', 'review', 'submit', 'approve', 'reject', 'withdraw', 'report', 'execute', 'flag_vague', 'grade', 'finalize', 'reopen', 'validate'];
    for (const ctx of [zh, enCtx]) for (const a of actions) expect(ctx.te(`audit.actions.${a}`)).toBe(true);
    expect(auditActionLabel('flag_vague', zh)).toBe('标记空泛');
    expect(auditActionLabel('some_new_action', enCtx)).toBe('some new action');
  });

  it('fields by their words, nested paths by their parts, settings from the settings screen', () => {
    expect(auditFieldLabel('scoring.baseScore', zh)).toBe('考核方案 · 基础分');
    expect(auditFieldLabel('gmApprovalThreshold', zh)).toBe('总经理审批线（元）');
    expect(auditFieldLabel('shelfPriceMinor', enCtx)).toBe('Shelf price');
    expect(auditFieldLabel('someNewField', enCtx)).toBe('some new field');
  });

  it('the actor by name; system and clients by what they are', () => {
    expect(auditActorLabel({ actorType: 'user', actorId: STRANGER, actor: { id: STRANGER, name: '赵强' } }, zh)).toBe('赵强');
    expect(auditActorLabel({ actorType: 'user', actorId: ALICE }, zh)).toBe('王丽');
    expect(auditActorLabel({ actorType: 'user', actorId: STRANGER, actor: null }, zh)).toBe('（未知）');
    expect(auditActorLabel({ actorType: 'system', actorId: null, actor: null }, zh)).toBe('系统');
  });

  it('the object by its name, never its id', () => {
    const subjects = [
      auditSubject({ entity: 'store', entityId: STORE, before: null, after: { name: '华润万家·科技园店' } }, zh),
      auditSubject({ entity: 'user', entityId: ALICE, before: null, after: null }, zh),
      auditSubject({ entity: 'role', entityId: 'sales_rep', before: null, after: null }, zh),
      auditSubject({ entity: 'return', entityId: STRANGER, before: null, after: { productId: PRODUCT, qty: 3, storeId: STORE } }, zh),
      auditSubject({ entity: 'work_log', entityId: `${ALICE}/2026-06-15`, before: null, after: {} }, zh),
      auditSubject({ entity: 'collection_plan', entityId: `${ALICE}/2026-06`, before: null, after: {} }, zh),
      auditSubject({ entity: 'visit', entityId: STRANGER, before: null, after: { storeId: STORE, checkInAt: '2026-06-15T01:00:00Z' } }, zh),
      auditSubject({ entity: 'promotion', entityId: STRANGER, before: null, after: { title: '618 堆头' } }, zh),
      auditSubject({ entity: 'complaint', entityId: STRANGER, before: null, after: { userId: STRANGER, date: '2026-06-01' } }, zh),
      auditSubject({ entity: 'settings', entityId: 'organisation', before: {}, after: {} }, zh),
      auditSubject({ entity: 'photo', entityId: STRANGER, before: null, after: { kind: 'signature', createdBy: ALICE } }, zh),
    ];
    expect(subjects).toEqual([
      '华润万家·科技园店',
      '王丽',
      '业务员',
      '原味酸奶 200g × 3 · 华润万家·科技园店',
      '王丽 · D(2026-06-15)',
      '王丽 · 2026-06',
      '华润万家·科技园店 · DT(2026-06-15T01:00)',
      '618 堆头',
      '（未知） · D(2026-06-01)',
      '',
      '门店签字 · 王丽',
    ]);
    expect(subjects.join('\n')).not.toMatch(UUID);
  });
});
