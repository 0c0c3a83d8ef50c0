import {
  firstDateOfMonth,
  lastDateOfMonth,
  scoreMonth,
  shiftDate,
  shiftMonth,
  withDefaultScoring,
  type CollectionMonthRecord,
  type ProjectedTotal,
  type RoleDefinition,
  type ScoreItem,
  type TaskInput,
} from '@fieldbeat/domain';
import type { DbOrTx } from '../../db/client.js';
import { getSettings, workCalendar } from '../../db/repos/organisation.js';
import { roleVersionsInForce } from '../../db/repos/roles.js';
import {
  collectedPerMonth,
  complaintsBetween,
  disciplineBetween,
  marketPlansOfMonth,
  plansThrough,
  refundedPerMonth,
  surveysOfMonth,
  tasksDueBetween,
  workLogsBetween,
  type MonthAmount,
  type ScoredUser,
} from '../../db/repos/scoring.js';

/**
 * A computed scorecard as it is stored when finalized: language-neutral (explanations as key
 * and params, money in minor units), so a snapshot renders in any language later.
 */
export interface ScorecardSnapshot {
  userId: string;
  month: string;
  roleCode: string;
  roleVersion: number;
  /** The title (and English title) of that version; absent in snapshots stored before titles were kept. */
  roleTitle?: string;
  roleTitleEn?: string | null;
  baseScore: number;
  items: ScoreItem[];
  total: number;
  provisional: boolean;
  /** 预计总分 while provisional (docs/domain.md, "Projected total"); absent in older snapshots. */
  projection?: ProjectedTotal | null;
  monthEndAt: string;
  deadlineAt: string;
  computedAt: string;
}

function groupBy<T extends { userId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.userId);
    if (list) list.push(row);
    else map.set(row.userId, [row]);
  }
  return map;
}

/** Per user: month -> amount. */
function byUserMonth(rows: readonly MonthAmount[]): Map<string, Map<string, number>> {
  const map = new Map<string, Map<string, number>>();
  for (const row of rows) {
    let months = map.get(row.userId);
    if (!months) map.set(row.userId, (months = new Map()));
    months.set(row.month, (months.get(row.month) ?? 0) + Number(row.amountMinor));
  }
  return map;
}

/**
 * The months before `month` that feed its carry-in (当月按计划未完成回款额滚动加入下月计划): from the
 * user's first collection plan on, each month's own plan and actual (collections − refunds).
 */
function previousMonths(
  month: string,
  plans: Map<string, number> | undefined,
  collected: Map<string, number> | undefined,
  refunded: Map<string, number> | undefined,
): CollectionMonthRecord[] {
  const planMonths = [...(plans?.keys() ?? [])].filter((m) => m < month).sort();
  const first = planMonths[0];
  if (first === undefined) return [];
  const months = new Set(planMonths);
  for (const source of [collected, refunded]) {
    for (const m of source?.keys() ?? []) if (m >= first && m < month) months.add(m);
  }
  return [...months].sort().map((m) => ({
    month: m,
    planMinor: plans?.get(m) ?? null,
    actualMinor: (collected?.get(m) ?? 0) - (refunded?.get(m) ?? 0),
  }));
}

/**
 * R4 for several users and one month, with every input loaded in one batch of indexed
 * queries. Each user is scored under the role version in force in the month (the newest
 * version whose `effectiveFrom` is the month or earlier).
 */
export function computeScorecards(db: DbOrTx, users: readonly ScoredUser[], month: string, now: Date = new Date()): Map<string, ScorecardSnapshot> {
  const result = new Map<string, ScorecardSnapshot>();
  if (users.length === 0) return result;
  const ids = users.map((u) => u.id);
  const { timezone } = getSettings(db).settings;
  const firstDate = firstDateOfMonth(month);
  const lastDate = lastDateOfMonth(month);
  const nextMonth = shiftMonth(month, 1);
  const calendar = workCalendar(db, [...new Set([Number(month.slice(0, 4)), Number(nextMonth.slice(0, 4))])]);

  const roles = new Map(
    [...roleVersionsInForce(db, [...new Set(users.map((u) => u.roleCode))], month)].map(([code, role]) => [
      code,
      { version: role.version, title: role.title, titleEn: role.titleEn ?? null, scheme: withDefaultScoring(role as RoleDefinition).scoring },
    ]),
  );
  const plans = byUserMonth(plansThrough(db, ids, month));
  const collected = byUserMonth(collectedPerMonth(db, ids, lastDate));
  const refunded = byUserMonth(refundedPerMonth(db, ids, lastDate));
  const markets = groupBy(marketPlansOfMonth(db, ids, month));
  const logs = workLogsBetween(db, ids, firstDate, lastDate);
  const surveys = new Map(surveysOfMonth(db, ids, month).map((s) => [s.userId, s]));
  const complaintRows = groupBy(complaintsBetween(db, ids, firstDate, lastDate));
  const discipline = groupBy(disciplineBetween(db, ids, firstDate, lastDate));
  // Due instants may carry any offset: read a day either side, the rule keeps the month's own.
  const taskRows = tasksDueBetween(db, ids, shiftDate(firstDate, -1), shiftDate(lastDate, 2));

  for (const user of users) {
    const role = roles.get(user.roleCode);
    if (!role) continue; // a user always has a role; a dangling code has nothing to score by
    const survey = surveys.get(user.id);
    const card = scoreMonth({
      month,
      scheme: role.scheme,
      calendar,
      timezone,
      userStartDate: user.startDate,
      now,
      planMinor: plans.get(user.id)?.get(month) ?? null,
      previousMonths: previousMonths(month, plans.get(user.id), collected.get(user.id), refunded.get(user.id)),
      collections: [{ date: firstDate, amountMinor: collected.get(user.id)?.get(month) ?? 0 }],
      refunds: [{ date: firstDate, amountMinor: refunded.get(user.id)?.get(month) ?? 0 }],
      marketPlans: (markets.get(user.id) ?? []).map((p) => ({ level: p.level, name: p.name, completedDate: p.completedDate })),
      workLogs: logs.get(user.id) ?? [],
      survey: survey ? { submittedAt: survey.submittedAt, grade: survey.penalty } : null,
      complaints: (complaintRows.get(user.id) ?? []).map((c) => ({ date: c.date, valid: c.valid })),
      tasks: (taskRows.get(user.id) ?? []).map(
        (t): TaskInput => ({
          id: t.id,
          dueAt: t.dueAt,
          completedAt: t.completedAt,
          review: t.status === 'accepted' || t.status === 'failed' ? t.status : null,
          scored: t.scored,
        }),
      ),
      disciplineRecords: (discipline.get(user.id) ?? []).map((d) => ({ date: d.date, points: d.points })),
    });
    result.set(user.id, {
      userId: user.id,
      month,
      roleCode: user.roleCode,
      roleVersion: role.version,
      roleTitle: role.title,
      roleTitleEn: role.titleEn,
      baseScore: card.baseScore,
      items: card.items,
      total: card.total,
      provisional: card.provisional,
      projection: card.projection,
      monthEndAt: card.monthEndAt,
      deadlineAt: card.deadlineAt,
      computedAt: card.computedAt,
    });
  }
  return result;
}
