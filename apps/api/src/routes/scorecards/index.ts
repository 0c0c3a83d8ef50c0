import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SCORE_LINE_CODES, type Locale } from '@fieldbeat/domain';
import { callerOf } from '../../lib/caller.js';
import { ReportFormatQuery, reportFormat, reportResponses, sendReport, type ReportColumn } from '../../lib/export.js';
import { Nullable, problems } from '../../lib/schemas.js';
import {
  finalizeScorecard,
  listScorecards,
  reopenScorecard,
  scorecardOf,
  scorecardRanking,
  ScorecardKey,
  ScorecardListQuery,
  scorecardRankings,
  ScorecardReopenBody,
} from '../../services/scorecards/index.js';
import { RankedScorecardView, ScorecardView } from '../../services/scorecards/view.js';

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

const scorecardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const rankings = scorecardRankings();

  app.get(
    '/',
    {
      schema: {
        tags: ['scoring'],
        description:
          "A month's scorecards ranked by total among the people of the same role (reps against reps; highest first; equal totals " +
          'share a rank), the largest role first: the team of `managerId` (everyone whose manager chain leads to them), or everyone ' +
          'the caller may see; `roleCode` keeps one role. The first page ranks afresh; the pages after it (by `cursor`) read that same ranking.',
        querystring: Type.Object({ ...ScorecardListQuery.properties, ...ReportFormatQuery }),
        response: {
          200: reportResponses(Type.Object({ items: Type.Array(RankedScorecardView), nextCursor: Nullable(Type.String()) })),
          ...problems(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const { month } = request.query;
      if (reportFormat(request) !== 'json') {
        // A spreadsheet holds the whole ranking, not one page of it.
        const rows = scorecardRanking(app.db, callerOf(request), request.query);
        return sendReport(request, reply, { filename: `scorecards-${month}`, columns: RANKING_COLUMNS, rows });
      }
      return reply.send(listScorecards(app.db, callerOf(request), request.query, rankings));
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
        params: ScorecardKey,
        response: { 200: ScorecardView, ...problems(400, 401, 404) },
      },
    },
    async (request) => scorecardOf(app.db, callerOf(request), request.params),
  );

  app.post(
    '/:userId/:month/finalize',
    {
      schema: {
        tags: ['scoring'],
        description:
          'Stores the scorecard as computed now; later input changes and role edits do not alter it. Fires `scorecard.finalized`. ' +
          '409 if it is already final. Nobody finalizes their own.',
        params: ScorecardKey,
        response: { 200: ScorecardView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => finalizeScorecard(app.db, callerOf(request), request.params),
  );

  app.post(
    '/:userId/:month/reopen',
    {
      schema: {
        tags: ['scoring'],
        description: 'Reopens a final scorecard (audited, with the reason): it is a computed draft again until finalized anew. 409 unless final.',
        params: ScorecardKey,
        body: ScorecardReopenBody,
        response: { 200: ScorecardView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => reopenScorecard(app.db, callerOf(request), request.params, request.body),
  );
};

export default scorecardRoutes;
