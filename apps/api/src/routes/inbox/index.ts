import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { countSurveysToGrade, countTasksToReview, surveysToGrade, tasksToReview, teamBelow } from '../../db/repos/inbox.js';
import { countPromotions, listPromotions } from '../../db/repos/promotions.js';
import { countReturns, listReturns } from '../../db/repos/returns.js';
import { visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { requireUser } from '../../lib/principal.js';
import { Nullable, problems } from '../../lib/schemas.js';
import { PromotionFields } from '../../services/promotions/schemas.js';
import { promotionView } from '../../services/promotions/index.js';
import { preferredLocale } from '../../lib/locale.js';
import { ReturnView } from '../../services/returns/schemas.js';
import { returnView } from '../../services/returns/index.js';

const InboxPromotion = Type.Object({
  ...PromotionFields,
  /** What the caller is asked for: the first review, or the general manager's approval. */
  awaiting: Type.Union([Type.Literal('approval'), Type.Literal('gm_approval')]),
});
const InboxTask = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  assigneeId: Type.String(),
  assignerId: Nullable(Type.String()),
  dueAt: Type.String(),
  status: Type.String(),
  completedAt: Nullable(Type.String()),
  completionNote: Nullable(Type.String()),
  createdAt: Type.String(),
});
const InboxSurvey = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  month: Type.String(),
  content: Type.String(),
  submittedAt: Type.String(),
});
const Inbox = Type.Object({
  promotions: Type.Array(InboxPromotion),
  returns: Type.Array(ReturnView),
  tasks: Type.Array(InboxTask),
  surveys: Type.Array(InboxSurvey),
  counts: Type.Object({ promotions: Type.Integer(), returns: Type.Integer(), tasks: Type.Integer(), surveys: Type.Integer() }),
});

/**
 * The manager's home: only what waits for the caller to act on, within their visibility,
 * never their own applications or requests. Each list holds up to `limit` items (promotions
 * and returns newest first, tasks by due time, surveys by submission); `counts` are the totals.
 */
const inboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/inbox',
    {
      schema: {
        tags: ['inbox'],
        description:
          'Promotions to approve (promotions.approve: submitted; promotions.approve_gm: pending_gm), returns to approve (returns.approve: pending_approval), done tasks the caller assigned (to review), ungraded market surveys of the caller\'s team (to grade).',
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) }),
        response: { 200: Inbox, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const user = requireUser(request.principal);
      const limit = request.query.limit ?? 50;
      const db = app.db;
      const visibleUserIds = visibleIds(visibilityOf(db, user));
      const locale = preferredLocale(request);

      const statuses = [
        ...(user.permissions.has('promotions.approve') ? ['submitted'] : []),
        ...(user.permissions.has('promotions.approve_gm') ? ['pending_gm'] : []),
      ];
      const promotionFilter = { visibleUserIds, statuses, excludeApplicantId: user.id };
      const promotions = statuses.length
        ? listPromotions(db, { ...promotionFilter, limit })
            .slice(0, limit)
            .map((p) => ({ ...promotionView(p), awaiting: p.status === 'pending_gm' ? ('gm_approval' as const) : ('approval' as const) }))
        : [];

      const canApproveReturns = user.permissions.has('returns.approve');
      const returnFilter = { visibleUserIds, status: 'pending_approval', excludeRequesterId: user.id };
      const returns = canApproveReturns
        ? listReturns(db, { ...returnFilter, limit })
            .slice(0, limit)
            .map((r) => returnView(r, locale))
        : [];

      const team = teamBelow(db, user.id);
      const tasks = tasksToReview(db, user.id, limit).map((t) => ({
        id: t.id,
        title: t.title,
        description: t.description,
        assigneeId: t.assigneeId,
        assignerId: t.assignerId,
        dueAt: t.dueAt,
        status: t.status,
        completedAt: t.completedAt,
        completionNote: t.completionNote,
        createdAt: t.createdAt,
      }));
      const surveys = surveysToGrade(db, team, user.id, limit).map((s) => ({
        id: s.id,
        userId: s.userId,
        month: s.month,
        content: s.content,
        submittedAt: s.submittedAt,
      }));

      return {
        promotions,
        returns,
        tasks,
        surveys,
        counts: {
          promotions: statuses.length ? countPromotions(db, promotionFilter) : 0,
          returns: canApproveReturns ? countReturns(db, returnFilter) : 0,
          tasks: countTasksToReview(db, user.id),
          surveys: countSurveysToGrade(db, team, user.id),
        },
      };
    },
  );
};

export default inboxRoutes;
