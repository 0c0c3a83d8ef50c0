import { Type, type Static } from 'typebox';
import { lastDateOfMonth, type Locale } from '@fieldbeat/domain';
import type { Db, DbOrTx } from '../../db/client.js';
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
import type { Caller } from '../../lib/caller.js';
import { conflict, forbidden, notFound } from '../../lib/errors.js';
import { decodeCursor, encodeCursor, invalidCursor, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission, type Principal } from '../../lib/principal.js';
import { Id, IsoMonth } from '../../lib/schemas.js';
import { computeScorecards, type ScorecardSnapshot } from './compute.js';
import { RankingSnapshots } from './ranking-snapshots.js';
import { scorecardView } from './view.js';

/**
 * Scorecards (R4): a user's month computed from the current inputs while a draft, the stored
 * snapshot once final; the month's ranking; finalize and reopen (scores.manage, never one's own),
 * each in one transaction with its audit entry (and, for finalize, the `scorecard.finalized`
 * event). The state the verb read goes in the write's WHERE: a card finalized or reopened
 * meanwhile is 409, never overwritten.
 */

export const ScorecardKey = Type.Object({ userId: Id, month: IsoMonth });
export const ScorecardListQuery = Type.Object({
  month: IsoMonth,
  managerId: Type.Optional(Id),
  roleCode: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  ...PageQuery,
});
export const ScorecardReopenBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }) });

/** Which ranking: the month, the team of `managerId` (or everyone visible), one role. */
export type RankingQuery = Pick<Static<typeof ScorecardListQuery>, 'month' | 'managerId' | 'roleCode'>;

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

export type ScorecardCardView = ReturnType<typeof viewOf>;
export type RankedCardView = { rank: number; rankedAmong: number } & ScorecardCardView;

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
function rankMonth(db: DbOrTx, principal: Principal, q: RankingQuery): Ranked[] {
  const { month, managerId, roleCode } = q;
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

/** The rankings a walk through the pages reads again (kept per app, in memory: see RankingSnapshots). */
export type ScorecardRankings = RankingSnapshots<Ranked[]>;
export const scorecardRankings = (): ScorecardRankings => new RankingSnapshots<Ranked[]>();

/** The whole ranking of the month in scope, each card in the caller's language (a spreadsheet holds all of it, not a page). */
export function scorecardRanking(db: DbOrTx, caller: Caller, q: RankingQuery): RankedCardView[] {
  return rankMonth(db, caller.principal, q).map(({ rank, rankedAmong, card }) => ({ rank, rankedAmong, ...viewOf(card, caller.locale) }));
}

/**
 * One page of the month's ranking. The first page ranks afresh and keeps the ranking in
 * `rankings`; the pages after it (by `cursor`: the ranking's id and the offset) read that same
 * ranking while it is kept, for the same caller and query.
 */
export function listScorecards(
  db: DbOrTx,
  caller: Caller,
  q: Static<typeof ScorecardListQuery>,
  rankings: ScorecardRankings,
): { items: RankedCardView[]; nextCursor: string | null } {
  const { month, managerId, roleCode } = q;
  const limit = q.limit ?? 50;
  const { principal } = caller;
  const owner = `${principal.kind}:${principal.id}|${month}|${managerId ?? ''}|${roleCode ?? ''}`;
  // the ranking's snapshot and how far into it the previous page went
  const cursor = decodeCursor(q.cursor, ['string', 'number']);
  if (cursor && !(Number.isInteger(cursor[1]) && cursor[1] > 0)) throw invalidCursor();
  const offset = cursor?.[1] ?? 0;
  let snapshotId = cursor?.[0];
  let ranked = snapshotId ? rankings.get(snapshotId, owner) : undefined;
  if (!ranked) {
    ranked = rankMonth(db, principal, { month, managerId, roleCode });
    snapshotId = rankings.put(owner, ranked);
  }
  const items = ranked
    .slice(offset, offset + limit)
    .map(({ rank, rankedAmong, card }) => ({ rank, rankedAmong, ...viewOf(card, caller.locale) }));
  return { items, nextCursor: offset + limit < ranked.length ? encodeCursor([snapshotId!, offset + limit]) : null };
}

/** The scorecard of a user the caller may see, for a month (404 otherwise). */
export function scorecardOf(db: DbOrTx, caller: Caller, key: Static<typeof ScorecardKey>): ScorecardCardView {
  const user = visibleUser(db, caller.principal, key.userId);
  const card = cardsOf(db, [user], key.month)[0];
  if (!card) throw notFound('scorecard');
  return viewOf(card, caller.locale);
}

/** Nobody finalizes or reopens their own scorecard. */
function notOwn(principal: Principal, userId: string) {
  if (principal.kind === 'user' && principal.id === userId) throw forbidden('nobody finalizes or reopens their own scorecard');
}

/**
 * Stores the scorecard as computed now (scores.manage; 404 unless visible, 403 for one's own,
 * 409 when it is already final), audited, with the `scorecard.finalized` event. The state read
 * (no card, or reopened) is in the write's WHERE, in the same transaction: a second finalize
 * that read the card before the first one wrote it writes nothing and is 409 too.
 */
export function finalizeScorecard(db: Db, caller: Caller, key: Static<typeof ScorecardKey>): ScorecardCardView {
  const { principal } = caller;
  requirePermission(principal, 'scores.manage');
  const { userId, month } = key;
  const alreadyFinal = () => conflict(`the scorecard of ${month} is already final`);
  const card = db.transaction((tx) => {
    const user = visibleUser(tx, principal, userId);
    notOwn(principal, userId);
    const before = getScorecardRow(tx, userId, month);
    if (before?.status === 'final') throw alreadyFinal();
    const snapshot = computeScorecards(tx, [user], month).get(userId);
    if (!snapshot) throw notFound('scorecard');
    const row = saveFinalScorecard(
      tx,
      { userId, month, snapshot, finalizedAt: new Date().toISOString(), finalizedBy: principal.id },
      before?.status ?? null,
    );
    if (!row) throw alreadyFinal();
    writeAudit(tx, {
      ...actorOf(principal),
      action: 'finalize',
      entity: 'scorecard',
      entityId: `${userId}/${month}`,
      before: before ?? null,
      after: row,
      requestId: caller.requestId,
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
      principal.id,
    );
    return { user, snapshot, row, finalizedByName: principal.kind === 'user' ? principal.displayName : null };
  });
  return viewOf(card, caller.locale);
}

/**
 * Reopens a final scorecard with the reason (scores.manage; 404, 403 for one's own, 409 unless
 * final), audited: it is a computed draft again. `status = 'final'` is in the UPDATE's WHERE, so
 * a card reopened meanwhile is 409, not reopened twice.
 */
export function reopenScorecard(
  db: Db,
  caller: Caller,
  key: Static<typeof ScorecardKey>,
  body: Static<typeof ScorecardReopenBody>,
): ScorecardCardView {
  const { principal } = caller;
  requirePermission(principal, 'scores.manage');
  const { userId, month } = key;
  const note = body.note.trim();
  const notFinal = () => conflict(`the scorecard of ${month} is not final`);
  const card = db.transaction((tx) => {
    const user = visibleUser(tx, principal, userId);
    notOwn(principal, userId);
    const before = getScorecardRow(tx, userId, month);
    if (before?.status !== 'final') throw notFinal();
    const row = markScorecardReopened(tx, userId, month, note);
    if (!row) throw notFinal();
    writeAudit(tx, {
      ...actorOf(principal),
      action: 'reopen',
      entity: 'scorecard',
      entityId: `${userId}/${month}`,
      before,
      after: { status: row.status, reopenedAt: row.reopenedAt, reopenNote: row.reopenNote },
      requestId: caller.requestId,
    });
    const snapshot = computeScorecards(tx, [user], month).get(userId);
    if (!snapshot) throw notFound('scorecard');
    return { user, snapshot, row, finalizedByName: row.finalizedBy ? finalizerNames(tx, [row]).get(row.finalizedBy) : null };
  });
  return viewOf(card, caller.locale);
}
