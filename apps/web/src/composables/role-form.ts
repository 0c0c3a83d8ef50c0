import { DEFAULT_SCORING, SCORING_FIELDS, validateRoleDefinition, type ScoringScheme } from '@fieldbeat/domain';
import { normalizeErrorPath } from '../api/errors';
import type { DutyCadenceInput, DutyEvidence, Permission, RoleInput } from '../api/types';

export type CadenceKind = 'none' | DutyCadenceInput['kind'];

export interface DutyDraft {
  /** The generated task's short title; blank for the text's heading. */
  title: string;
  text: string;
  cadence: CadenceKind;
  weekday: string;
  workingDay: string;
  scored: boolean;
  /** The record that closes the generated task; '' for none. */
  closedBy: '' | DutyEvidence;
}

/** The cadence each kind of evidence closes (a log a day's task, a survey a month's). */
export const EVIDENCE_CADENCE: Record<DutyEvidence, CadenceKind> = { work_log: 'daily', market_survey: 'monthly' };

export const emptyDuty = (): DutyDraft => ({ title: '', text: '', cadence: 'none', weekday: '1', workingDay: '1', scored: false, closedBy: '' });

export interface KpiDraft {
  name: string;
  target: string;
  unit: string;
}

/** A role definition as the editor holds it: text boxes hold text, numbers are parsed on save. */
export interface RoleDraft {
  code: string;
  title: string;
  /** The title on English screens; blank: English screens show `title`. */
  titleEn: string;
  department: string;
  headcount: string;
  reportsTo: string;
  summary: string;
  duties: DutyDraft[];
  workContent: string[];
  requirements: string[];
  authorities: string[];
  permissions: Permission[];
  kpis: KpiDraft[];
  /** 劳动条件和环境 as text, or as named parts (工作场所, 工作时间…) when the role has them. */
  workingConditions: string;
  conditionParts: { name: string; text: string }[] | null;
  scoring: Record<keyof ScoringScheme, string>;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function emptyRoleDraft(): RoleDraft {
  return roleToDraft({ code: '', title: '', permissions: [] });
}

export function roleToDraft(role: RoleInput): RoleDraft {
  const scoring = { ...DEFAULT_SCORING, ...(role.scoring ?? {}) };
  const conditions = role.workingConditions;
  return {
    code: role.code,
    title: role.title,
    titleEn: text(role.titleEn),
    department: text(role.department),
    headcount: text(role.headcount),
    reportsTo: text(role.reportsTo),
    summary: text(role.summary),
    duties: (role.duties ?? []).map((d) => ({
      title: d.title ?? '',
      text: d.text,
      cadence: d.cadence?.kind ?? 'none',
      weekday: d.cadence?.kind === 'weekly' ? String(d.cadence.weekday) : '1',
      workingDay: d.cadence?.kind === 'monthly' ? String(d.cadence.workingDay) : '1',
      scored: d.scored === true,
      closedBy: d.closedBy ?? '',
    })),
    workContent: [...(role.workContent ?? [])],
    requirements: [...(role.requirements ?? [])],
    authorities: [...(role.authorities ?? [])],
    permissions: [...role.permissions],
    kpis: (role.kpis ?? []).map((k) => ({ name: k.name, target: text(k.target), unit: text(k.unit) })),
    workingConditions: typeof conditions === 'string' ? conditions : '',
    conditionParts:
      conditions && typeof conditions === 'object' ? Object.entries(conditions).map(([name, value]) => ({ name, text: value })) : null,
    scoring: Object.fromEntries(SCORING_FIELDS.map((f) => [f, String(scoring[f])])) as Record<keyof ScoringScheme, string>,
  };
}

/** A number typed in a box: blank is null, anything unreadable stays as text so the validator names it. */
function parseNumber(value: string): number | string | null {
  const v = value.trim();
  if (v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : v;
}

/** The body of POST/PUT /roles. Blank list entries are dropped, as a person means by leaving them empty. */
export function draftToRole(d: RoleDraft): RoleInput {
  const nonBlank = (list: string[]) => list.map((s) => s.trim()).filter((s) => s !== '');
  const duties = d.duties
    .filter((duty) => duty.text.trim() !== '')
    .map((duty) => {
      const cadence: DutyCadenceInput | null =
        duty.cadence === 'daily'
          ? { kind: 'daily' }
          : duty.cadence === 'weekly'
            ? { kind: 'weekly', weekday: Number(duty.weekday) }
            : duty.cadence === 'monthly'
              ? { kind: 'monthly', workingDay: Number(duty.workingDay) }
              : null;
      const title = duty.title.trim();
      // A closing record only fits its cadence; after a cadence change it no longer applies.
      const closedBy = duty.closedBy && EVIDENCE_CADENCE[duty.closedBy] === duty.cadence ? duty.closedBy : null;
      return { ...(title ? { title } : {}), text: duty.text.trim(), ...(cadence ? { cadence } : {}), scored: duty.scored, ...(closedBy ? { closedBy } : {}) };
    });
  const kpis = d.kpis
    .filter((k) => k.name.trim() !== '')
    .map((k) => {
      const target = parseNumber(k.target);
      return { name: k.name.trim(), target: typeof target === 'number' ? target : k.target.trim() || null, unit: k.unit.trim() || null };
    });
  const parts = d.conditionParts?.filter((p) => p.name.trim() !== '' && p.text.trim() !== '') ?? null;
  const headcount = parseNumber(d.headcount);
  return {
    code: d.code.trim(),
    title: d.title.trim(),
    // A PUT replaces the whole definition: leaving it out clears an English title.
    ...(d.titleEn.trim() ? { titleEn: d.titleEn.trim() } : {}),
    department: d.department.trim() || null,
    headcount: headcount as number | null,
    reportsTo: d.reportsTo.trim() || null,
    summary: d.summary.trim() || null,
    duties,
    workContent: nonBlank(d.workContent),
    requirements: nonBlank(d.requirements),
    authorities: nonBlank(d.authorities),
    permissions: [...d.permissions],
    kpis,
    workingConditions: parts && parts.length ? Object.fromEntries(parts.map((p) => [p.name.trim(), p.text.trim()])) : d.workingConditions.trim() || null,
    scoring: Object.fromEntries(SCORING_FIELDS.map((f) => [f, parseNumber(d.scoring[f])])) as unknown as ScoringScheme,
  };
}

/**
 * The domain's validator (the same the API runs) on the body the draft would send, as field
 * errors keyed by dotted path (`scoring.disciplineMin`, `duties.3.text`).
 */
export function roleErrors(d: RoleDraft): Record<string, string> {
  const body = draftToRole(d);
  const result = validateRoleDefinition(body);
  const errors: Record<string, string> = {};
  for (const e of result.errors) {
    const key = normalizeErrorPath(e.path);
    if (!(key in errors)) errors[key] = e.message;
  }
  // Error paths index the body's lists, which leave out blank rows: map them back to the rows on screen.
  return remapListIndexes(errors, d);
}

function remapListIndexes(errors: Record<string, string>, d: RoleDraft): Record<string, string> {
  const kept = (flags: boolean[]) => flags.flatMap((keep, i) => (keep ? [i] : []));
  const maps: Record<string, number[]> = {
    duties: kept(d.duties.map((x) => x.text.trim() !== '')),
    kpis: kept(d.kpis.map((x) => x.name.trim() !== '')),
  };
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const [list, index, ...rest] = key.split('.');
    const map = list ? maps[list] : undefined;
    if (map && index !== undefined && /^\d+$/.test(index)) {
      out[[list, String(map[Number(index)] ?? index), ...rest].join('.')] = message;
    } else out[key] = message;
  }
  return out;
}

// ---- Version diff: what changed between two versions, field by field. ----

export type ListOp<T> = { op: 'added'; after: T } | { op: 'removed'; before: T } | { op: 'changed'; before: T; after: T };

/**
 * The changes between two lists, matched by `key` through their longest common subsequence:
 * an item kept (same key, in order) but edited is `changed`; the rest are `added`/`removed`.
 */
export function diffList<T>(before: readonly T[], after: readonly T[], key: (item: T) => string, same: (a: T, b: T) => boolean): ListOp<T>[] {
  const a = before.map(key);
  const b = after.map(key);
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  // Unchanged items stay in the sequence while pairing, so only true neighbours pair up.
  const ops: (ListOp<T> | { op: 'same' })[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push(same(before[i]!, after[j]!) ? { op: 'same' } : { op: 'changed', before: before[i]!, after: after[j]! });
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      ops.push({ op: 'added', after: after[j]! });
      j++;
    } else {
      ops.push({ op: 'removed', before: before[i]! });
      i++;
    }
  }
  return pairReplacements(ops).filter((op): op is ListOp<T> => op.op !== 'same');
}

/** A removal right next to an addition is one item rewritten: shown as a change, like a person reads it. */
function pairReplacements<T>(ops: (ListOp<T> | { op: 'same' })[]): (ListOp<T> | { op: 'same' })[] {
  const out: (ListOp<T> | { op: 'same' })[] = [];
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    const next = ops[k + 1];
    if (op.op === 'removed' && next?.op === 'added') {
      out.push({ op: 'changed', before: op.before, after: next.after });
      k++;
    } else if (op.op === 'added' && next?.op === 'removed') {
      out.push({ op: 'changed', before: next.before, after: op.after });
      k++;
    } else out.push(op);
  }
  return out;
}

export type RoleChange =
  | { field: 'title' | 'titleEn' | 'department' | 'headcount' | 'reportsTo' | 'summary' | 'workingConditions'; kind: 'value'; before: string; after: string }
  | { field: 'permissions'; kind: 'set'; added: string[]; removed: string[] }
  | { field: 'duties'; kind: 'list'; ops: ListOp<NonNullable<RoleInput['duties']>[number]>[] }
  | { field: 'kpis'; kind: 'list'; ops: ListOp<NonNullable<RoleInput['kpis']>[number]>[] }
  | { field: 'workContent' | 'requirements' | 'authorities'; kind: 'list'; ops: ListOp<string>[] }
  | { field: 'scoring'; kind: 'scoring'; changes: { key: keyof ScoringScheme; before: number; after: number }[] };

const conditionsText = (c: RoleInput['workingConditions']) =>
  c === null || c === undefined ? '' : typeof c === 'string' ? c : Object.entries(c).map(([k, v]) => `${k}：${v}`).join('\n');

/** Everything that differs between two versions of a role, in the handbook's order of sections. */
export function diffRoles(before: RoleInput, after: RoleInput): RoleChange[] {
  const changes: RoleChange[] = [];
  const value = (field: 'title' | 'titleEn' | 'department' | 'headcount' | 'reportsTo' | 'summary', b: unknown, a: unknown) => {
    if (text(b) !== text(a)) changes.push({ field, kind: 'value', before: text(b), after: text(a) });
  };
  value('title', before.title, after.title);
  value('titleEn', before.titleEn, after.titleEn);
  value('department', before.department, after.department);
  value('headcount', before.headcount, after.headcount);
  value('reportsTo', before.reportsTo, after.reportsTo);
  value('summary', before.summary, after.summary);

  const duties = diffList(
    before.duties ?? [],
    after.duties ?? [],
    (d) => d.text,
    (x, y) =>
      JSON.stringify(x.cadence ?? null) === JSON.stringify(y.cadence ?? null) &&
      !!x.scored === !!y.scored &&
      (x.title ?? null) === (y.title ?? null) &&
      (x.closedBy ?? null) === (y.closedBy ?? null),
  );
  if (duties.length) changes.push({ field: 'duties', kind: 'list', ops: duties });
  for (const field of ['workContent', 'requirements', 'authorities'] as const) {
    const ops = diffList(before[field] ?? [], after[field] ?? [], (s) => s, () => true);
    if (ops.length) changes.push({ field, kind: 'list', ops });
  }
  const pb = new Set(before.permissions);
  const pa = new Set(after.permissions);
  const added = after.permissions.filter((p) => !pb.has(p));
  const removed = before.permissions.filter((p) => !pa.has(p));
  if (added.length || removed.length) changes.push({ field: 'permissions', kind: 'set', added, removed });
  const kpis = diffList(
    before.kpis ?? [],
    after.kpis ?? [],
    (k) => k.name,
    (x, y) => text(x.target) === text(y.target) && text(x.unit) === text(y.unit),
  );
  if (kpis.length) changes.push({ field: 'kpis', kind: 'list', ops: kpis });
  const cb = conditionsText(before.workingConditions);
  const ca = conditionsText(after.workingConditions);
  if (cb !== ca) changes.push({ field: 'workingConditions', kind: 'value', before: cb, after: ca });
  const sb = { ...DEFAULT_SCORING, ...(before.scoring ?? {}) };
  const sa = { ...DEFAULT_SCORING, ...(after.scoring ?? {}) };
  const scoring = SCORING_FIELDS.filter((k) => sb[k] !== sa[k]).map((key) => ({ key, before: sb[key], after: sa[key] }));
  if (scoring.length) changes.push({ field: 'scoring', kind: 'scoring', changes: scoring });
  return changes;
}
