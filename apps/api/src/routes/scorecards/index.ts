import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { lastDateOfMonth, SCORE_LINE_CODES, type Locale } from '@fieldbeat/domain';
import type { DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { getRoleVersion } from '../../db/repos/roles.js';
import {
  finalizerNames,
  getScorecardRow,
  markScorecardReopened,
  saveFinalScorecard,
  scorecardRows,
  scoredUsers,
  teamOf,
  usersStartedBy,
  type ScoredUser,
  type ScorecardRow,
} from '../../db/repos/scoring.js';
import { canSee, visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { enqueueEvent } from '../../db/repos/webhook-outbox.js';
import { conflict, forbidden, notFound } from '../../lib/errors.js';
import { ReportFormatQuery, reportFormat, reportResponses, sendReport, type ReportColumn } from '../../lib/export.js';
import { preferredLocale } from '../../lib/locale.js';
import { decodeCursor, encodeCursor, invalidCursor, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission, type Principal } from '../../lib/principal.js';
import { Id, IsoMonth, Nullable, problems } from '../../lib/schemas.js';
import { computeScorecards, type ScorecardSnapshot } from './compute.js';
import { RankingSnapshots } from './ranking-snapshots.js';
import { RankedScorecardView, scorecardView, ScorecardView } from './view.js';

const Params = Type.Object({ userId: Id, month: IsoMonth });

interface Card {
  user: ScoredUser;
  snapshot: ScorecardSnapshot;
  row: ScorecardRow | undefined;
  /** The role version's title, looked up for a snapshot stored before snapshots kept it. */
  fallbackTitle?: { title: string; titleEn?: string | null };
  /** Who finalized it, by name: a manager may read a card that someone above them finalized. */
  finalizedByName?: string | null;
}

/** A card as the API shows it. */
const viewOf = (card: Card, locale: Locale) =>
  scorecardView(card.snapshot, card.user.displayName, locale, card.row, card.fallbackTitle, card.finalizedByName);

/** The user, if the caller may see them (themself, their team, or everyone for admins); else 404. */
function visibleUser(db: DbOrTx, principal: Principal, userId: string): ScoredUser {
  const user = scoredUsers(db, [userId])[0];
  if (!user || !canSee(visibilityOf(db, principal), user.id)) throw notFound('scorecard');
  return user;
}

/** A finalized scorecard is its snapshot; any other is computed from the current inputs. */
function cardsOf(db: DbOrTx, users: readonly ScoredUser[], month: string): Card[] {
  const rows = new Map(scorecardRows(db, users.map((u) => u.id), month).map((r) => [r.userId, r]));
  const toCompute = users.filter((u) => rows.get(u.id)?.status !== 'final');
  const computed = computeScorecards(db, toCompute, month);
  const cards: Card[] = [];
  const titles = new Map<string, Card['fallbackTitle']>();
  const finalizers = finalizerNames(db, [...rows.values()]);
  for (const user of users) {
    const row = rows.get(user.id);
    const snapshot = row?.status === 'final' ? (row.snapshot as ScorecardSnapshot) : computed.get(user.id);
    if (!snapshot) continue;
    let fallbackTitle: Card['fallbackTitle'];
    if (snapshot.roleTitle === undefined) {
      const key = `${snapshot.roleCode}@${snapshot.roleVersion}`;
      if (!titles.has(key)) titles.set(key, getRoleVersion(db, snapshot.roleCode, snapshot.roleVersion));
      fallbackTitle = titles.get(key);
    }
    cards.push({ user, snapshot, row, fallbackTitle, finalizedByName: row?.finalizedBy ? finalizers.get(row.finalizedBy) : null });
  }
  return cards;
}

interface Ranked {
  rank: number;
  rankedAmong: number;
  card: Card;
}

/**
 * Every scorecard of the month in scope, ranked among the people of the same role: reps
 * against reps, a manager against managers, never a manager beside their reps. Within a role,
 * highest total first; equal totals share a rank (1, 2, 2, 4); ties ordered by name. The roles
 * come largest first (the reps' ranking leads), then by code.
 */
function rankMonth(db: DbOrTx, principal: Principal, month: string, managerId: string | undefined, roleCode?: string): Ranked[] {
  const visibility = visibilityOf(db, principal);
  let scope = visibleIds(visibility);
  if (managerId !== undefined) {
    if (!canSee(visibility, managerId) || scoredUsers(db, [managerId]).length === 0) throw notFound('manager');
    scope = teamOf(db, managerId);
  }
  const candidates = usersStartedBy(db, lastDateOfMonth(month), scope);
  const cards = cardsOf(db, candidates, month).filter(
    (c) => (c.user.active || c.row?.status === 'final') && (roleCode === undefined || c.snapshot.roleCode === roleCode),
  );
  const byRole = new Map<string, Card[]>();
  for (const card of cards) {
    const group = byRole.get(card.snapshot.roleCode);
    if (group) group.push(card);
    else byRole.set(card.snapshot.roleCode, [card]);
  }
  const groups = [...byRole.entries()].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1));
  return groups.flatMap(([, group]) => {
    group.sort(
      (a, b) =>
        b.snapshot.total - a.snapshot.total ||
        a.user.displayName.localeCompare(b.user.displayName) ||
        (a.user.id < b.user.id ? -1 : 1),
    );
    let rank = 0;
    return group.map((card, i) => {
      if (i === 0 || group[i - 1]!.snapshot.total !== card.snapshot.total) rank = i + 1;
      return { rank, rankedAmong: group.length, card };
    });
  });
}

type RankingRow = {
  rank: number;
  displayName: string;
  roleTitle: string;
  total: number;
  projectedTotal: number | null;
  status: string;
  items: { code: string; points: number }[];
};

/** Words, not codes, in the spreadsheet: the card's status and the handbook's name of each line. */
const STATUS_LABELS: Record<'draft' | 'final', Record<Locale, string>> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  final: { 'zh-CN': '已定稿', en: 'Final' },
};
const LINE_LABELS: Record<(typeof SCORE_LINE_CODES)[number], Record<Locale, string>> = {
  collection: { 'zh-CN': '回款完成率', en: 'Collection' },
  market_first_level: { 'zh-CN': '一级市场开发', en: 'First-level markets' },
  market_second_level: { 'zh-CN': '二级市场开发', en: 'Second-level markets' },
  work_log_missing: { 'zh-CN': '工作日志缺填', en: 'Missing work logs' },
  work_log_vague: { 'zh-CN': '日志含糊', en: 'Vague work logs' },
  market_survey: { 'zh-CN': '市场调查', en: 'Market survey' },
  complaint: { 'zh-CN': '客户投诉', en: 'Complaints' },
  assigned_task: { 'zh-CN': '交办任务', en: 'Assigned tasks' },
  discipline: { 'zh-CN': '违规违纪', en: 'Discipline' },
};

/** The ranking as a table (CSV/XLSX): one row per person, one column per scorecard line; ranks are within the role. */
const RANKING_COLUMNS: ReportColumn<RankingRow>[] = [
  { key: 'rank', label: { 'zh-CN': '排名', en: 'Rank' } },
  { key: 'displayName', label: { 'zh-CN': '姓名', en: 'Name' }, width: 16 },
  { key: 'roleTitle', label: { 'zh-CN': '岗位', en: 'Role' }, width: 14 },
  { key: 'total', label: { 'zh-CN': '总分', en: 'Total' }, numFmt: '0.0' },
  { key: 'projectedTotal', label: { 'zh-CN': '预计总分', en: 'Projected' }, numFmt: '0.0' },
  { key: 'status', label: { 'zh-CN': '状态', en: 'Status' }, value: (r, locale) => STATUS_LABELS[r.status as 'draft' | 'final']?.[locale] ?? r.status },
  ...SCORE_LINE_CODES.map((code) => ({
    key: code,
    label: LINE_LABELS[code],
    numFmt: '0.0',
    value: (r: RankingRow) => r.items.find((i) => i.code === code)?.points ?? null,
  })),
];

/** Nobody finalizes or reopens their own scorecard. */
function notOwn(principal: Principal, userId: string) {
  if (principal.kind === 'user' && principal.id === userId) throw forbidden('nobody finalizes or reopens their own scorecard');
}

const scorecardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const rankings = new RankingSnapshots<Ranked[]>();

  app.get(
    '/',
    {
      schema: {
        tags: ['scoring'],
        description:
          "A month's scorecards ranked by total among the people of the same role (reps against reps; highest first; equal totals " +
          'share a rank), the largest role first: the team of `managerId` (everyone whose manager chain leads to them), or everyone ' +
          'the caller may see; `roleCode` keeps one role. The first page ranks afresh; the pages after it (by `cursor`) read that same ranking.',
        querystring: Type.Object({
          month: IsoMonth,
          managerId: Type.Optional(Id),
          roleCode: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
          ...PageQuery,
          ...ReportFormatQuery,
        }),
        response: {
          200: reportResponses(Type.Object({ items: Type.Array(RankedScorecardView), nextCursor: Nullable(Type.String()) })),
          ...problems(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const { month, managerId, roleCode } = request.query;
      const limit = request.query.limit ?? 50;
      if (reportFormat(request) !== 'json') {
        // A spreadsheet holds the whole ranking, not one page of it.
        const locale = preferredLocale(request);
        const rows = rankMonth(app.db, request.principal, month, managerId, roleCode).map(({ rank, card }) => ({ rank, ...viewOf(card, locale) }));
        return sendReport(request, reply, { filename: `scorecards-${month}`, columns: RANKING_COLUMNS, rows });
      }
      const owner = `${request.principal.kind}:${request.principal.id}|${month}|${managerId ?? ''}|${roleCode ?? ''}`;
      // the ranking's snapshot and how far into it the previous page went
      const cursor = decodeCursor(request.query.cursor, ['string', 'number']);
      if (cursor && !(Number.isInteger(cursor[1]) && cursor[1] > 0)) throw invalidCursor();
      const offset = cursor?.[1] ?? 0;
      let snapshotId = cursor?.[0];
      let ranked = snapshotId ? rankings.get(snapshotId, owner) : undefined;
      if (!ranked) {
        ranked = rankMonth(app.db, request.principal, month, managerId, roleCode);
        snapshotId = rankings.put(owner, ranked);
      }
      const locale = preferredLocale(request);
      const items = ranked
        .slice(offset, offset + limit)
        .map(({ rank, rankedAmong, card }) => ({ rank, rankedAmong, ...viewOf(card, locale) }));
      return reply.send({ items, nextCursor: offset + limit < ranked.length ? encodeCursor([snapshotId!, offset + limit]) : null });
    },
  );

  app.get(
    '/:userId/:month',
    {
      schema: {
        tags: ['scoring'],
        description:
          'R4 scorecard of one user and month: every line with its inputs, points and explanation (Accept-Language: zh-CN or en). ' +
          'Computed from the current inputs while a draft; the stored snapshot once final. Readable by the user and their managers.',
        params: Params,
        response: { 200: ScorecardView, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const user = visibleUser(app.db, request.principal, request.params.userId);
      const card = cardsOf(app.db, [user], request.params.month)[0];
      if (!card) throw notFound('scorecard');
      return viewOf(card, preferredLocale(request));
    },
  );

  app.post(
    '/:userId/:month/finalize',
    {
      schema: {
        tags: ['scoring'],
        description:
          'Stores the scorecard as computed now; later input changes and role edits do not alter it. Fires `scorecard.finalized`. ' +
          '409 if it is already final. Nobody finalizes their own.',
        params: Params,
        response: { 200: ScorecardView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      requirePermission(request.principal, 'scores.manage');
      const { userId, month } = request.params;
      const card = app.db.transaction((tx) => {
        const user = visibleUser(tx, request.principal, userId);
        notOwn(request.principal, userId);
        const before = getScorecardRow(tx, userId, month);
        if (before?.status === 'final') throw conflict(`the scorecard of ${month} is already final`);
        const snapshot = computeScorecards(tx, [user], month).get(userId);
        if (!snapshot) throw notFound('scorecard');
        const row = saveFinalScorecard(tx, {
          userId,
          month,
          snapshot,
          finalizedAt: new Date().toISOString(),
          finalizedBy: request.principal.id,
        });
        writeAudit(tx, {
          ...actorOf(request.principal),
          action: 'finalize',
          entity: 'scorecard',
          entityId: `${userId}/${month}`,
          before: before ?? null,
          after: row,
          requestId: request.id,
        });
        enqueueEvent(
          tx,
          'scorecard.finalized',
          {
            userId,
            month,
            roleCode: snapshot.roleCode,
            roleVersion: snapshot.roleVersion,
            baseScore: snapshot.baseScore,
            total: snapshot.total,
            items: snapshot.items.map((i) => ({ code: i.code, points: i.points })),
            finalizedAt: row.finalizedAt,
            finalizedBy: row.finalizedBy,
          },
          request.principal.id,
        );
        return { user, snapshot, row, finalizedByName: request.principal.kind === 'user' ? request.principal.displayName : null };
      });
      return viewOf(card, preferredLocale(request));
    },
  );

  app.post(
    '/:userId/:month/reopen',
    {
      schema: {
        tags: ['scoring'],
        description: 'Reopens a final scorecard (audited, with the reason): it is a computed draft again until finalized anew. 409 unless final.',
        params: Params,
        body: Type.Object({ note: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }) }),
        response: { 200: ScorecardView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      requirePermission(request.principal, 'scores.manage');
      const { userId, month } = request.params;
      const note = request.body.note.trim();
      const card = app.db.transaction((tx) => {
        const user = visibleUser(tx, request.principal, userId);
        notOwn(request.principal, userId);
        const before = getScorecardRow(tx, userId, month);
        if (before?.status !== 'final') throw conflict(`the scorecard of ${month} is not final`);
        const row = markScorecardReopened(tx, userId, month, note);
        writeAudit(tx, {
          ...actorOf(request.principal),
          action: 'reopen',
          entity: 'scorecard',
          entityId: `${userId}/${month}`,
          before,
          after: { status: row.status, reopenedAt: row.reopenedAt, reopenNote: row.reopenNote },
          requestId: request.id,
        });
        const snapshot = computeScorecards(tx, [user], month).get(userId);
        if (!snapshot) throw notFound('scorecard');
        return { user, snapshot, row, finalizedByName: row.finalizedBy ? finalizerNames(tx, [row]).get(row.finalizedBy) : null };
      });
      return viewOf(card, preferredLocale(request));
    },
  );
};

export default scorecardRoutes;
