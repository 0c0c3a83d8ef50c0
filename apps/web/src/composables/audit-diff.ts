/**
 * The audit trail in words: what an audited change changed, field by field ("价格: ¥12.50 → ¥13.00"),
 * the action and the changed object named as people know them. Pure: the caller passes the
 * translation and the name lookups (people, stores, products, roles), so nothing here shows an
 * id or a code — an id that cannot be named reads "（未知）", an unknown code is humanised.
 */

export interface AuditChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping, never shown: ids, hashes, versions, the request. */
const HIDDEN = new Set([
  'id', 'version', 'updatedAt', 'bodyHash', 'sha256', 'path', 'requestId', 'passwordHash', 'secretHash', 'tokenHash', 'secret',
  'familyId', 'visitId', 'promotionId', 'webhookId', 'clientId', 'currentVersion', 'lineNo', 'createdByName',
]);
/** Values compared and shown whole (their inner keys are machine detail: an explanation's params, a snapshot). */
const WHOLE = new Set(['eligibility', 'suggestion', 'explanation', 'issueDetails', 'geofence', 'snapshot', 'lines', 'duties', 'materials', 'actualMaterials', 'contacts', 'relocations', 'holidays', 'workdays', 'location']);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const leaf = (path: string) => path.split('.').at(-1) ?? path;

/**
 * The leaf fields whose values differ between `before` and `after` (dotted paths into nested
 * objects; arrays and the WHOLE fields compared whole). A creation lists every field of `after`,
 * a deletion every field of `before`. Bookkeeping fields are left out.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const out: AuditChange[] = [];
  const walk = (b: unknown, a: unknown, path: string, depth: number) => {
    if (path && HIDDEN.has(leaf(path))) return;
    const whole = path !== '' && WHOLE.has(leaf(path));
    if (!whole && depth < 4 && (isObj(b) || isObj(a)) && (isObj(b) || b == null) && (isObj(a) || a == null)) {
      const bo = isObj(b) ? b : {};
      const ao = isObj(a) ? a : {};
      for (const k of [...new Set([...Object.keys(bo), ...Object.keys(ao)])]) walk(bo[k], ao[k], path ? `${path}.${k}` : k, depth + 1);
      return;
    }
    if (JSON.stringify(b ?? null) !== JSON.stringify(a ?? null)) out.push({ path: path || '(value)', before: b, after: a });
  };
  walk(before, after, '', 0);
  return out;
}

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface AuditContext {
  t: Translate;
  /** Whether a message exists. */
  te: (key: string) => boolean;
  person: (id: string) => string | undefined;
  store: (id: string) => string | undefined;
  product: (id: string) => string | undefined;
  role: (code: string) => string | undefined;
  formatMoney: (major: number) => string;
  formatDateTime: (iso: string) => string;
  formatDate: (date: string) => string;
}

const PERSON = new Set([
  'userId', 'repId', 'managerId', 'assigneeId', 'assignerId', 'approverId', 'requesterId', 'applicantId', 'reviewerId', 'gmApproverId',
  'createdBy', 'finalizedBy', 'gradedBy', 'validatedBy', 'vagueFlaggedBy', 'ownerId', 'actorId', 'approvedBy', 'rejectedBy',
]);
const STORE = new Set(['storeId', 'storeIds']);
const PRODUCT = new Set(['productId', 'productIds']);
const ROLE = new Set(['roleCode', 'reportsTo']);
/** Amounts already in major units (the API's views); `…Minor` fields are fen. */
const MONEY = new Set(['estimatedCost', 'actualCost', 'refundAmount', 'amount', 'gmApprovalThreshold', 'anomalyMinAmount', 'retailPrice', 'supplyPrice', 'shelfPrice']);
/** Fields whose values are codes with a dictionary of their own, tried in order (the codes do not overlap). */
const CODE_DICTIONARIES: Record<string, string[]> = {
  status: ['promotions.statuses', 'returns.statuses', 'tasks.statuses', 'storesAdmin.statuses'],
  fromStatus: ['promotions.statuses'],
  toStatus: ['promotions.statuses'],
  source: ['promotions.sources', 'teamTasks.sources'],
  reason: ['returns.reasons'],
  level: ['records.levels'],
  tier: ['tier'],
  issues: ['issues'],
  action: ['audit.actions'],
  actorType: ['audit.actorTypes'],
  kind: ['audit.photoKinds'],
};
const PERMISSION_FIELDS = new Set(['permissions', 'scopes']);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `retailPriceMinor` → `retailPrice`: the field people know. */
const baseKey = (key: string) => (key.endsWith('Minor') ? key.slice(0, -'Minor'.length) : key);

/** "shelfLifeDays" → "shelf life days": the last resort for a field without a label. */
const humanise = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();

/** A field in words; a nested path as its parts ("考核方案 · 基础分"). */
export function auditFieldLabel(path: string, ctx: Pick<AuditContext, 't' | 'te'>): string {
  return path
    .split('.')
    .map((part) => {
      const key = baseKey(part);
      for (const k of [`audit.fields.${key}`, `settings.fields.${key}`]) if (ctx.te(k)) return ctx.t(k);
      return /^\d+$/.test(key) ? `#${Number(key) + 1}` : humanise(key);
    })
    .join(' · ');
}

function codeLabel(field: string, value: string, ctx: AuditContext): string {
  for (const dict of CODE_DICTIONARIES[field] ?? []) {
    const key = `${dict}.${value}`;
    if (ctx.te(key)) return ctx.t(key);
  }
  return humanise(value);
}

/** One value as people read it: names for ids, ¥ for money, words for codes, local dates. */
export function formatAuditValue(path: string, value: unknown, ctx: AuditContext): string {
  if (value === null || value === undefined || value === '') return '—';
  const field = leaf(path);
  const key = baseKey(field);
  const unknown = ctx.t('audit.unknown');
  if (Array.isArray(value)) {
    if (value.length === 0) return ctx.t('audit.none');
    if (value.every((v) => typeof v !== 'object' || v === null)) return value.map((v) => formatAuditValue(path, v, ctx)).join('、');
    if (field === 'materials' || field === 'actualMaterials') {
      return value.map((m) => (isObj(m) ? `${String(m.name ?? '')} × ${String(m.qty ?? '')}` : '')).join('、');
    }
    return ctx.t('audit.items', { n: value.length });
  }
  if (isObj(value)) {
    if (typeof value.text === 'string') return value.text;
    if (typeof value.name === 'string') return value.name;
    return ctx.t('audit.items', { n: Object.keys(value).length });
  }
  if (typeof value === 'boolean') return ctx.t(value ? 'audit.yes' : 'audit.no');
  if (typeof value === 'number') {
    if (field.endsWith('Minor')) return ctx.formatMoney(value / 100);
    if (MONEY.has(key)) return ctx.formatMoney(value);
    return String(value);
  }
  const s = String(value);
  if (PERSON.has(field)) return s === 'standard' ? ctx.t('audit.standard') : (ctx.person(s) ?? unknown);
  if (STORE.has(field)) return ctx.store(s) ?? unknown;
  if (PRODUCT.has(field)) return ctx.product(s) ?? unknown;
  if (ROLE.has(field)) return ctx.role(s) ?? humanise(s);
  if (PERMISSION_FIELDS.has(field)) {
    const k = `roles.perms.${s.replace(/\./g, '_')}`;
    return ctx.te(k) ? ctx.t(k) : humanise(s);
  }
  if (CODE_DICTIONARIES[field]) return codeLabel(field, s, ctx);
  if (ISO_INSTANT.test(s)) return ctx.formatDateTime(s);
  if (ISO_DATE.test(s)) return ctx.formatDate(s);
  if (UUID.test(s)) return ctx.person(s) ?? ctx.store(s) ?? ctx.product(s) ?? unknown;
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

export interface AuditChangeView {
  path: string;
  field: string;
  before: string;
  after: string;
  /** "价格: ¥12.50 → ¥13.00" (a creation: "价格: ¥12.50"). */
  line: string;
}

/** The entry's changes in words, field by field. */
export function describeChanges(entry: { before: unknown; after: unknown }, ctx: AuditContext): AuditChangeView[] {
  const created = entry.before === null || entry.before === undefined;
  const deleted = entry.after === null || entry.after === undefined;
  return auditChanges(entry.before, entry.after).map((c) => {
    const field = auditFieldLabel(c.path, ctx);
    const before = formatAuditValue(c.path, c.before, ctx);
    const after = formatAuditValue(c.path, c.after, ctx);
    const line = created ? `${field}: ${after}` : deleted ? `${field}: ${before}` : `${field}: ${before} → ${after}`;
    return { path: c.path, field, before, after, line };
  });
}

/** The action in words ("批准"); an action without an entry is humanised, never shown as its code. */
export function auditActionLabel(action: string, ctx: Pick<AuditContext, 't' | 'te'>): string {
  return ctx.te(`audit.actions.${action}`) ? ctx.t(`audit.actions.${action}`) : humanise(action);
}

/** The audited entity type in words. */
export function auditEntityLabel(entity: string, ctx: Pick<AuditContext, 't' | 'te'>): string {
  return ctx.te(`audit.entities.${entity}`) ? ctx.t(`audit.entities.${entity}`) : humanise(entity);
}

/** Who did it: the API's actor name, else a person the caller knows, else "system" / "API client". */
export function auditActorLabel(entry: { actorType: string; actorId: string | null; actor?: { id: string; name: string | null } | null }, ctx: AuditContext): string {
  if (entry.actor?.name) return entry.actor.name;
  if (entry.actorType === 'user' && entry.actorId) return ctx.person(entry.actorId) ?? ctx.t('audit.unknown');
  return ctx.te(`audit.actorTypes.${entry.actorType}`) ? ctx.t(`audit.actorTypes.${entry.actorType}`) : humanise(entry.actorType);
}

/**
 * The object changed, by its name: a person, a store, a product, a role, a promotion or task by
 * its title, a webhook by its address, a return as "product × qty", a record of a person's month
 * or day as "name · 2026-06"; empty when the entity type says it all (the settings).
 */
export function auditSubject(entry: { entity: string; entityId: string | null; before: unknown; after: unknown }, ctx: AuditContext): string {
  const snap = (isObj(entry.after) ? entry.after : isObj(entry.before) ? entry.before : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const id = entry.entityId ?? '';
  switch (entry.entity) {
    case 'settings':
      return '';
    case 'calendar':
      return id;
    case 'role':
      return str(snap.title) ?? ctx.role(id) ?? humanise(id);
    case 'user':
      return str(snap.displayName) ?? ctx.person(id) ?? ctx.t('audit.unknown');
    case 'store':
      return str(snap.name) ?? ctx.store(id) ?? ctx.t('audit.unknown');
    case 'product':
      return str(snap.name) ?? ctx.product(id) ?? ctx.t('audit.unknown');
    case 'webhook':
      return str(snap.url) ?? ctx.t('audit.unknown');
    case 'return': {
      const product = str(snap.productId) ? (ctx.product(String(snap.productId)) ?? ctx.t('audit.unknown')) : ctx.t('audit.unknown');
      const store = str(snap.storeId) ? ctx.store(String(snap.storeId)) : undefined;
      return [`${product}${typeof snap.qty === 'number' ? ` × ${snap.qty}` : ''}`, store].filter(Boolean).join(' · ');
    }
    case 'visit': {
      const store = str(snap.storeId) ? ctx.store(String(snap.storeId)) : undefined;
      const when = str(snap.checkInAt) ? ctx.formatDateTime(String(snap.checkInAt)) : str(snap.visitDate);
      return [store ?? ctx.t('audit.unknown'), when].filter(Boolean).join(' · ');
    }
    case 'photo':
      return [ctx.t(`audit.photoKinds.${str(snap.kind) ?? 'shelf'}`), str(snap.createdBy) ? ctx.person(String(snap.createdBy)) : undefined].filter(Boolean).join(' · ');
  }
  const named = str(snap.title) ?? str(snap.name);
  if (named) return named;
  // A person's record of a month or a day: "userId/2026-06" as an id, or userId + month/date in the row.
  const [head, tail] = id.includes('/') ? id.split('/', 2) : [str(snap.userId) ?? str(snap.assigneeId) ?? '', str(snap.month) ?? str(snap.date) ?? ''];
  const who = head ? (ctx.person(head) ?? ctx.t('audit.unknown')) : '';
  const when = tail && ISO_DATE.test(tail) ? ctx.formatDate(tail) : tail;
  return [who, when].filter(Boolean).join(' · ');
}
