import { DomainError } from '../errors/domain-error.js';
import { explain, type Explanation } from '../explanations/explanation.js';
import type { JsonObject } from '../shared/json.js';
import { monthlyDeadline } from '../calendar/monthly-deadline.js';
import { workingDaysInMonth, type WorkCalendar } from '../calendar/work-calendar.js';
import { requireDate, type CalendarDate } from '../time/calendar-date.js';
import { lastDateOfMonth, requireMonth, type Month } from '../time/month.js';
import { instantMs, localDate, zonedEndOfDay, type Instant } from '../time/zoned-time.js';
import type { MarketLevel, ScoreLineCode } from '../vocabulary/score-lines.js';
import type { TaskReview } from '../vocabulary/tasks.js';
import { carryInFor, collectionActual, collectionLine, type AmountOnDate, type CollectionMonthRecord } from './collection.js';
import { fromHalfPoints, toHalfPoints } from './half-points.js';
import { projectTotal, type ProjectedTotal } from './project-total.js';
import { validateScoringScheme, type ScoringScheme } from './scoring-scheme.js';
import { throwIfInvalid } from '../shared/validation.js';

export interface MarketPlanInput {
  level: MarketLevel;
  name?: string;
  /** Local date the plan was completed; null/absent while open. */
  completedDate?: CalendarDate | null;
}

export interface WorkLogInput {
  /** The working day the log is about. */
  date: CalendarDate;
  submittedAt: Instant;
  /** A manager flagged it 填写含糊不清. */
  vague?: boolean;
}

export interface SurveyInput {
  submittedAt: Instant;
  /** The manager's grade: the points it costs, 0..surveyMaxPenalty; null while ungraded. */
  grade?: number | null;
}

export interface ComplaintInput {
  date: CalendarDate;
  /** Marked 合理 (valid) by a manager; null/absent while undecided. */
  valid?: boolean | null;
}

export interface TaskInput {
  id?: string;
  dueAt: Instant;
  completedAt?: Instant | null;
  review?: TaskReview | null;
  /** Tasks generated from a duty count only when the duty is scored; default true. */
  scored?: boolean;
}

export interface DisciplineInput {
  date: CalendarDate;
  points: number;
}

export interface ScoreMonthInput {
  month: Month;
  /** The scheme of the user's role definition as it was in that month. */
  scheme: ScoringScheme;
  /** Must cover the month and the next one (the paperwork deadline lies there). */
  calendar: WorkCalendar;
  timezone: string;
  /** Work logs are owed from this date on. */
  userStartDate: CalendarDate;
  /** When the scorecard is computed: decides which lines are still provisional. */
  now: Date | Instant;
  /** The month's own collection plan; null/absent when none was set. */
  planMinor?: number | null;
  /** Carry-in from the previous month; when absent it is derived from `previousMonths` (else 0). */
  carryInMinor?: number;
  previousMonths?: readonly CollectionMonthRecord[];
  /** Collections booked by finance; only those dated in the month count. */
  collections?: readonly AmountOnDate[];
  /** Refunds of executed returns, dated by execution; only those in the month count. */
  refunds?: readonly AmountOnDate[];
  /** The market-development plans of the month. */
  marketPlans?: readonly MarketPlanInput[];
  workLogs?: readonly WorkLogInput[];
  survey?: SurveyInput | null;
  complaints?: readonly ComplaintInput[];
  tasks?: readonly TaskInput[];
  disciplineRecords?: readonly DisciplineInput[];
}

export interface ScoreItem {
  code: ScoreLineCode;
  /** The data the line used, JSON-safe for the finalized snapshot. Money in minor units. */
  inputs: JsonObject;
  /** Signed: collection may add, every other line deducts (≤ 0). */
  points: number;
  /** True while the line can still change: its deadline has not passed or a decision is pending. */
  provisional: boolean;
  explanation: Explanation;
}

export interface Scorecard {
  month: Month;
  baseScore: number;
  /** One item per SCORE_LINE_CODES entry, in that order, including 0-point lines. */
  items: ScoreItem[];
  /** baseScore + the sum of the items' points. */
  total: number;
  /** True if any item is provisional. */
  provisional: boolean;
  /** End of the month's last day, local time, as an ISO instant. */
  monthEndAt: Instant;
  /** 每月第2个工作日: the paperwork deadline (23:59:59.999 local) as an ISO instant. */
  deadlineAt: Instant;
  computedAt: Instant;
  /** 预计总分 beside the counted total while the card is provisional (`projectTotal`); else null. */
  projection: ProjectedTotal | null;
}

interface Line {
  inputs: JsonObject;
  halfPoints: number;
  provisional: boolean;
  explanation: Explanation;
}

/**
 * R4, 工作考核评分标准: one user's scorecard for one month.
 *
 * Provisional lines: an obligation is judged only once its due moment has passed — the
 * collection rate and market plans at the end of the month, work logs and the market survey
 * at the paperwork deadline, each task at its due time. Until then the line shows the
 * progress so far in its explanation and deducts nothing. Recorded events (valid complaints,
 * violations, vague flags, late or failed tasks) count as soon as they are recorded; their
 * lines stay provisional until the period closes or a pending decision is made.
 *
 * @throws DomainError VALIDATION for malformed input (dates, instants, a scheme or a grade
 *   that is not in half-points); PRECONDITION_FAILED when the calendar leaves the next
 *   month without a 2nd working day.
 */
export function scoreMonth(input: ScoreMonthInput): Scorecard {
  const month = requireMonth(input.month, 'month');
  throwIfInvalid(validateScoringScheme(input.scheme, '/scheme'), 'The scoring scheme');
  const { scheme, timezone } = input;
  const userStartDate = requireDate(input.userStartDate, 'userStartDate');
  const nowMs = instantMs(input.now, 'now');
  const monthEnd = lastDateOfMonth(month);
  const monthEndAt = zonedEndOfDay(monthEnd, timezone);
  const monthOver = nowMs > instantMs(monthEndAt);
  const deadline = monthlyDeadline(month, input.calendar, timezone);
  const deadlineMs = instantMs(deadline.deadlineAt);
  const deadlinePassed = nowMs > deadlineMs;
  const today = localDate(new Date(nowMs), timezone);
  const deadlineText = `${deadline.date} 23:59:59`;
  const inMonth = (date: CalendarDate) => date.startsWith(`${month}-`);
  const ctx = { month, monthEnd, monthOver, deadlineMs, deadlinePassed, deadlineText, today, inMonth, nowMs, timezone };

  const lines: Record<ScoreLineCode, Line> = {
    collection: collection(input, ctx),
    market_first_level: markets(input, 'first', scheme.firstLevelMarketPenalty, ctx),
    market_second_level: markets(input, 'second', scheme.secondLevelMarketPenalty, ctx),
    ...workLogs(input, userStartDate, ctx),
    market_survey: survey(input, ctx),
    complaint: complaints(input, ctx),
    assigned_task: tasks(input, ctx),
    discipline: discipline(input, ctx),
  };
  const items: ScoreItem[] = (Object.keys(lines) as ScoreLineCode[]).map((code) => {
    const line = lines[code];
    return {
      code,
      inputs: line.inputs,
      points: fromHalfPoints(line.halfPoints),
      provisional: line.provisional,
      explanation: line.explanation,
    };
  });
  const totalHalf = toHalfPoints(scheme.baseScore, 'scheme/baseScore') + Object.values(lines).reduce((s, l) => s + l.halfPoints, 0);
  const provisional = items.some((i) => i.provisional);
  const collectionInputs = lines.collection.inputs;
  const owed = workingDaysInMonth(month, input.calendar, userStartDate);
  const projection = provisional
    ? projectTotal({
        baseScore: scheme.baseScore,
        lines: items,
        workingDays: owed.length,
        elapsedWorkingDays: monthOver ? owed.length : owed.filter((date) => date <= today).length,
        monthOver,
        deadlinePassed,
        collection: {
          planMinor: collectionInputs.planMinor as number | null,
          carryInMinor: collectionInputs.carryInMinor as number,
          actualMinor: collectionInputs.actualMinor as number,
          pointsPerPercent: scheme.collectionPointsPerPercent,
        },
        missingLogsSoFar: deadlinePassed ? 0 : ((lines.work_log_missing.inputs.missingSoFar as unknown[] | undefined)?.length ?? 0),
        missingLogPenalty: scheme.missingLogPenalty,
      })
    : null;
  return {
    month,
    baseScore: scheme.baseScore,
    items,
    total: fromHalfPoints(totalHalf),
    provisional,
    monthEndAt,
    deadlineAt: deadline.deadlineAt,
    computedAt: new Date(nowMs).toISOString(),
    projection,
  };
}

type Ctx = {
  month: Month;
  monthEnd: CalendarDate;
  monthOver: boolean;
  deadlineMs: number;
  deadlinePassed: boolean;
  deadlineText: string;
  today: CalendarDate;
  inMonth: (date: CalendarDate) => boolean;
  nowMs: number;
  timezone: string;
};

function collection(input: ScoreMonthInput, ctx: Ctx): Line {
  const planMinor = input.planMinor ?? null;
  const carryInMinor = input.carryInMinor ?? carryInFor(ctx.month, input.previousMonths ?? []);
  const actual = collectionActual(ctx.month, input.collections ?? [], input.refunds ?? []);
  const line = collectionLine({
    planMinor,
    actualMinor: actual.actualMinor,
    carryInMinor,
    pointsPerPercent: input.scheme.collectionPointsPerPercent,
  });
  const inputs: JsonObject = {
    planMinor,
    carryInMinor,
    effectivePlanMinor: line.effectivePlanMinor,
    collectedMinor: actual.collectedMinor,
    refundedMinor: actual.refundedMinor,
    actualMinor: actual.actualMinor,
    ratePercent: line.ratePercent,
    countedPercent: line.countedPercent,
  };
  if (line.applicable && !ctx.monthOver) {
    return {
      inputs,
      halfPoints: 0,
      provisional: true,
      explanation: explain('score.collection.in_progress', {
        ...line.explanation.params,
        monthEnd: ctx.monthEnd,
        projected: line.points,
      }),
    };
  }
  return { inputs, halfPoints: toHalfPoints(line.points, 'collection'), provisional: !ctx.monthOver, explanation: line.explanation };
}

function markets(input: ScoreMonthInput, level: MarketLevel, penalty: number, ctx: Ctx): Line {
  const all = input.marketPlans ?? [];
  all.forEach((p, i) => p.completedDate && requireDate(p.completedDate, `marketPlans/${i}/completedDate`));
  const plans = all.filter((p) => p.level === level);
  // Completed after the month's last day is "not completed by month end".
  const open = plans.filter((p) => !p.completedDate || p.completedDate > ctx.monthEnd);
  const keyBase = level === 'first' ? 'score.market_first_level' : 'score.market_second_level';
  const params = { planned: plans.length, open: open.length, penalty, monthEnd: ctx.monthEnd };
  const inputs: JsonObject = {
    planned: plans.length,
    notCompleted: open.map((p) => ({ name: p.name ?? null, completedDate: p.completedDate ?? null })),
  };
  if (!ctx.monthOver) {
    return { inputs, halfPoints: 0, provisional: true, explanation: explain(`${keyBase}.in_progress`, params) };
  }
  const halfPoints = -open.length * toHalfPoints(penalty, `scheme/${level}LevelMarketPenalty`);
  return { inputs, halfPoints, provisional: false, explanation: explain(keyBase, { ...params, points: fromHalfPoints(halfPoints) }) };
}

function workLogs(
  input: ScoreMonthInput,
  userStartDate: CalendarDate,
  ctx: Ctx,
): { work_log_missing: Line; work_log_vague: Line } {
  const { scheme } = input;
  const owed = workingDaysInMonth(ctx.month, input.calendar, userStartDate);
  const owedSet = new Set(owed);
  const onTime = new Map<CalendarDate, boolean>(); // date -> some on-time log is flagged vague
  const submittedSoFar = new Set<CalendarDate>();
  (input.workLogs ?? []).forEach((log, i) => {
    requireDate(log.date, `workLogs/${i}/date`);
    const at = instantMs(log.submittedAt, `workLogs/${i}/submittedAt`);
    if (!owedSet.has(log.date)) return;
    if (at <= ctx.nowMs) submittedSoFar.add(log.date);
    if (at <= ctx.deadlineMs) onTime.set(log.date, (onTime.get(log.date) ?? false) || log.vague === true);
  });
  const missing = owed.filter((d) => !onTime.has(d));
  const vagueDates = [...onTime].filter(([, vague]) => vague).map(([d]) => d).sort();
  const fromDate = owed[0] ?? userStartDate;
  const common = { workingDays: owed.length, fromDate, deadline: ctx.deadlineText, penalty: scheme.missingLogPenalty };

  let missingLine: Line;
  if (!ctx.deadlinePassed) {
    // A day is owed by the deadline, not by its evening: show the gaps so far, deduct nothing yet.
    const missingSoFar = owed.filter((d) => d < ctx.today && !submittedSoFar.has(d));
    missingLine = {
      inputs: { workingDays: owed.length, fromDate, missingSoFar },
      halfPoints: 0,
      provisional: true,
      explanation: explain('score.work_log_missing.in_progress', { ...common, missingSoFar: missingSoFar.length }),
    };
  } else {
    const halfPoints = -missing.length * toHalfPoints(scheme.missingLogPenalty, 'scheme/missingLogPenalty');
    missingLine = {
      inputs: { workingDays: owed.length, fromDate, missingDates: missing },
      halfPoints,
      provisional: false,
      explanation: explain('score.work_log_missing', { ...common, missing: missing.length, points: fromHalfPoints(halfPoints) }),
    };
  }
  // A day is either missing (-1) or present but vague (-0.5), never both: only on-time logs can be vague.
  const vagueHalf = -vagueDates.length * toHalfPoints(scheme.vagueLogPenalty, 'scheme/vagueLogPenalty');
  const vagueLine: Line = {
    inputs: { vagueDates },
    halfPoints: vagueHalf,
    provisional: !ctx.deadlinePassed,
    explanation: explain('score.work_log_vague', { vague: vagueDates.length, penalty: scheme.vagueLogPenalty, points: fromHalfPoints(vagueHalf) }),
  };
  return { work_log_missing: missingLine, work_log_vague: vagueLine };
}

function survey(input: ScoreMonthInput, ctx: Ctx): Line {
  const max = input.scheme.surveyMaxPenalty;
  const maxHalf = toHalfPoints(max, 'scheme/surveyMaxPenalty');
  const found = input.survey ?? null;
  const params = { deadline: ctx.deadlineText, max };
  if (found === null) {
    return ctx.deadlinePassed
      ? { inputs: { submittedAt: null, grade: null }, halfPoints: -maxHalf, provisional: false, explanation: explain('score.market_survey.missing', { ...params, points: -max }) }
      : { inputs: { submittedAt: null, grade: null }, halfPoints: 0, provisional: true, explanation: explain('score.market_survey.not_yet_due', params) };
  }
  const at = instantMs(found.submittedAt, 'survey/submittedAt');
  const grade = found.grade ?? null;
  if (grade !== null && (toHalfPoints(grade, 'survey/grade') < 0 || grade > max)) {
    throw DomainError.invalid('survey/grade', `must be from 0 to ${max}`);
  }
  const inputs: JsonObject = { submittedAt: found.submittedAt, grade };
  if (at > ctx.deadlineMs) {
    return { inputs, halfPoints: -maxHalf, provisional: false, explanation: explain('score.market_survey.late', { ...params, points: -max }) };
  }
  if (grade === null) {
    return { inputs, halfPoints: 0, provisional: true, explanation: explain('score.market_survey.awaiting_grade', params) };
  }
  const halfPoints = -toHalfPoints(grade, 'survey/grade');
  return { inputs, halfPoints, provisional: false, explanation: explain('score.market_survey.graded', { ...params, grade, points: fromHalfPoints(halfPoints) }) };
}

function complaints(input: ScoreMonthInput, ctx: Ctx): Line {
  const inMonth = (input.complaints ?? []).filter((c, i) => ctx.inMonth(requireDate(c.date, `complaints/${i}/date`)));
  const valid = inMonth.filter((c) => c.valid === true);
  const pending = inMonth.filter((c) => c.valid === null || c.valid === undefined);
  const penalty = input.scheme.complaintPenalty;
  const halfPoints = -valid.length * toHalfPoints(penalty, 'scheme/complaintPenalty');
  return {
    inputs: { validDates: valid.map((c) => c.date), invalid: inMonth.length - valid.length - pending.length, pending: pending.length },
    halfPoints,
    provisional: !ctx.monthOver || pending.length > 0,
    explanation: explain('score.complaint', { valid: valid.length, pending: pending.length, penalty, points: fromHalfPoints(halfPoints) }),
  };
}

type TaskOutcome = 'late' | 'not_completed' | 'failed' | 'ok' | 'pending';

function tasks(input: ScoreMonthInput, ctx: Ctx): Line {
  const judged = (input.tasks ?? [])
    .map((task, i) => ({ task, i, dueMs: instantMs(task.dueAt, `tasks/${i}/dueAt`) }))
    .filter(({ task, dueMs }) => task.scored !== false && ctx.inMonth(localDate(new Date(dueMs), ctx.timezone)))
    .map(({ task, i, dueMs }) => {
      const doneMs = task.completedAt ? instantMs(task.completedAt, `tasks/${i}/completedAt`) : null;
      // Once per task, whichever failure applies first.
      let outcome: TaskOutcome;
      if (task.review === 'failed') outcome = 'failed';
      else if (doneMs !== null && doneMs > dueMs) outcome = 'late';
      else if (doneMs === null && ctx.nowMs > dueMs) outcome = 'not_completed';
      else if (doneMs === null || !task.review) outcome = 'pending';
      else outcome = 'ok';
      return { id: task.id ?? null, dueAt: task.dueAt, completedAt: task.completedAt ?? null, review: task.review ?? null, outcome };
    });
  const counted = judged.filter((t) => t.outcome !== 'ok' && t.outcome !== 'pending');
  const pending = judged.filter((t) => t.outcome === 'pending');
  const penalty = input.scheme.taskPenalty;
  const halfPoints = -counted.length * toHalfPoints(penalty, 'scheme/taskPenalty');
  const count = (o: TaskOutcome) => judged.filter((t) => t.outcome === o).length;
  return {
    inputs: { tasks: judged },
    halfPoints,
    provisional: !ctx.monthOver || pending.length > 0,
    explanation: explain('score.assigned_task', {
      due: judged.length,
      counted: counted.length,
      late: count('late'),
      notCompleted: count('not_completed'),
      failed: count('failed'),
      pending: pending.length,
      penalty,
      points: fromHalfPoints(halfPoints),
    }),
  };
}

function discipline(input: ScoreMonthInput, ctx: Ctx): Line {
  // Points were checked against the role's 2..5 range when recorded; they count as recorded.
  const records = (input.disciplineRecords ?? []).filter((r, i) => {
    const path = `disciplineRecords/${i}`;
    if (toHalfPoints(r.points, `${path}/points`) < 0) throw DomainError.invalid(`${path}/points`, 'must not be negative');
    return ctx.inMonth(requireDate(r.date, `${path}/date`));
  });
  const halfPoints = -records.reduce((sum, r) => sum + r.points * 2, 0);
  return {
    inputs: { records: records.map((r) => ({ date: r.date, points: r.points })) },
    halfPoints,
    provisional: !ctx.monthOver,
    explanation: explain('score.discipline', { count: records.length, points: fromHalfPoints(halfPoints) }),
  };
}

