import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { complianceWeek, type ComplianceWeek, isIsoWeek, isoWeekDates, isoWeekOf, localDate, shiftDate, visitFrequency, type Locale } from '@fieldbeat/domain';
import type { DbOrTx } from '../../db/client.js';
import { getSettings } from '../../db/repos/organisation.js';
import { visibilityOf, visibleIds, type Visibility } from '../../db/repos/visibility.js';
import { activeStores, visitDaysByStore } from '../../db/repos/visits.js';
import { invalid } from '../../lib/errors.js';
import { explained, ExplanationFields } from '../../lib/explanation.js';
import { ReportFormatQuery, reportResponses, sendReport, type ReportColumn } from '../../lib/export.js';
import { preferredLocale } from '../../lib/locale.js';
import { requirePermission } from '../../lib/principal.js';
import { IsoWeek, Nullable, problems } from '../../lib/schemas.js';

type ComplianceRow = { code: string; name: string; tier: string; visitDays: number; required: number; frequencyOk: boolean; spacingOk: boolean; days: string[]; explanation: string };

/** The compliance report as a table (CSV/XLSX): one row per store. */
const COMPLIANCE_COLUMNS: ReportColumn<ComplianceRow>[] = [
  { key: 'code', label: { 'zh-CN': '门店编码', en: 'Store code' } },
  { key: 'name', label: { 'zh-CN': '门店', en: 'Store' }, width: 30 },
  { key: 'tier', label: { 'zh-CN': '级别', en: 'Tier' } },
  { key: 'visitDays', label: { 'zh-CN': '拜访天数', en: 'Visit days' } },
  { key: 'required', label: { 'zh-CN': '要求', en: 'Required' } },
  { key: 'frequencyOk', label: { 'zh-CN': '频率达标', en: 'Frequency ok' } },
  { key: 'spacingOk', label: { 'zh-CN': '间隔达标', en: 'Spacing ok' } },
  { key: 'days', label: { 'zh-CN': '拜访日期', en: 'Visit dates' }, value: (r) => r.days.join(' '), width: 36 },
  { key: 'explanation', label: { 'zh-CN': '说明', en: 'Explanation' }, width: 60 },
];

type ComplianceWeekRow = { week: string; from: string; to: string; stores: number; met: number; visitDays: number; ratePct: number | null; inProgress: boolean; explanation: string };

/** The weekly series as a table (CSV/XLSX): one row per week. */
const COMPLIANCE_WEEK_COLUMNS: ReportColumn<ComplianceWeekRow>[] = [
  { key: 'week', label: { 'zh-CN': '周', en: 'Week' } },
  { key: 'from', label: { 'zh-CN': '开始', en: 'From' } },
  { key: 'to', label: { 'zh-CN': '结束', en: 'To' } },
  { key: 'stores', label: { 'zh-CN': '门店数', en: 'Stores' }, numFmt: '0' },
  { key: 'met', label: { 'zh-CN': '达标门店', en: 'Stores met' }, numFmt: '0' },
  { key: 'ratePct', label: { 'zh-CN': '达标率(%)', en: 'Rate (%)' }, numFmt: '0.0' },
  { key: 'inProgress', label: { 'zh-CN': '本周进行中', en: 'In progress' } },
  { key: 'explanation', label: { 'zh-CN': '说明', en: 'Explanation' }, width: 60 },
];

/** One point of the weekly series (domain `complianceWeek`): a gap (null) when a week has no data; the current week in progress. */
const ComplianceWeekSchema = Type.Object({
  week: Type.String(),
  from: Type.String(),
  to: Type.String(),
  stores: Type.Integer(),
  met: Type.Integer(),
  visitDays: Type.Integer(),
  ratePct: Nullable(Type.Number({ description: 'stores met / stores, percent (1 decimal); null: no data (a future week, no active store, no visit at all): a gap, not 0 %' })),
  inProgress: Type.Boolean({ description: 'the current ISO week (organisation time zone): the rate so far, not a verdict' }),
  status: Type.Union(['complete', 'in_progress', 'future', 'no_stores', 'no_visits'].map((s) => Type.Literal(s))),
  ...ExplanationFields,
});

/** A week point with its explanation as the sentence, its key and its params. */
function weekView(w: ComplianceWeek, locale: Locale) {
  return { ...w, ...explained(w.explanation, locale) };
}

/** R3 visit compliance (拜访频率): one ISO week store by store, and the weekly series. */
const visitComplianceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/visit-compliance',
    {
      schema: {
        tags: ['reports'],
        description:
          'R3 拜访频率 per ISO week: one row per visible active store, with its distinct visit days (by anyone), the number required for its tier, and whether frequency and (key stores) every-other-day spacing are met. Default week: the current one.',
        querystring: Type.Object({ week: Type.Optional(IsoWeek), ...ReportFormatQuery }),
        response: {
          200: reportResponses(Type.Object({
            week: Type.String(),
            inProgress: Type.Boolean({ description: 'the week is the current one: its rows are the visits so far' }),
            summary: ComplianceWeekSchema,
            items: Type.Array(
              Type.Object({
                storeId: Type.String(),
                code: Type.String(),
                name: Type.String(),
                ownerId: Type.String(),
                tier: Type.Union([Type.Literal('key'), Type.Literal('normal')]),
                visitDays: Type.Integer(),
                required: Type.Integer(),
                frequencyOk: Type.Boolean(),
                spacingOk: Type.Boolean(),
                days: Type.Array(Type.String()),
                ...ExplanationFields,
              }),
            ),
          })),
          ...problems(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'reports.read', 'visits.read_team', 'visits.log');
      const { settings } = getSettings(app.db);
      const today = localDate(new Date(), settings.timezone);
      const week = request.query.week ?? isoWeekOf(today);
      if (!isIsoWeek(week)) throw invalid('/query/week', `${week} is not a week of its year`);
      const locale = preferredLocale(request);
      const rows = visitCompliance(app.db, visibilityOf(app.db, request.principal), week, settings);
      const summary = complianceWeek({ week, today, stores: rows });
      const items = rows.map((row) => ({ ...row, ...explained(row.explanation, locale) }));
      return sendReport(request, reply, {
        filename: `visit-compliance-${week}`,
        columns: COMPLIANCE_COLUMNS,
        rows: items,
        json: { week, inProgress: summary.inProgress, summary: weekView(summary, locale), items },
      });
    },
  );

  app.get(
    '/visit-compliance/weeks',
    {
      schema: {
        tags: ['reports'],
        description:
          'The weekly R3 compliance series: for each of the `count` ISO weeks ending with `week` (default: the current one), oldest first, the share of ' +
          'visible active stores meeting their visits. The current week is `inProgress` (its rate so far, not a verdict); a week without data ' +
          '(in the future, no active store, not one visit) has `ratePct: null` — a gap, not 0 %.',
        querystring: Type.Object({ week: Type.Optional(IsoWeek), count: Type.Optional(Type.Integer({ minimum: 1, maximum: 53, default: 8 })), ...ReportFormatQuery }),
        response: {
          200: reportResponses(Type.Object({ week: Type.String(), count: Type.Integer(), weeks: Type.Array(ComplianceWeekSchema) })),
          ...problems(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'reports.read', 'visits.read_team', 'visits.log');
      const { settings } = getSettings(app.db);
      const today = localDate(new Date(), settings.timezone);
      const last = request.query.week ?? isoWeekOf(today);
      if (!isIsoWeek(last)) throw invalid('/query/week', `${last} is not a week of its year`);
      const count = request.query.count ?? 8;
      const locale = preferredLocale(request);
      const weeks = complianceSeries(app.db, visibilityOf(app.db, request.principal), last, count, settings, today).map((w) => weekView(w, locale));
      return sendReport(request, reply, {
        filename: `visit-compliance-weeks-${last}`,
        columns: COMPLIANCE_WEEK_COLUMNS,
        rows: weeks,
        json: { week: last, count, weeks },
      });
    },
  );
};

/** R3 per store over the given days of one week, from visit days loaded once. */
function frequencyRows(
  stores: ReturnType<typeof activeStores>,
  days: Map<string, string[]>,
  dates: string[],
  settings: { keyStoreVisitsPerWeek: number; normalStoreVisitsPerWeek: number },
) {
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  return stores.map((s) => {
    const f = visitFrequency({
      tier: s.tier,
      visitDates: (days.get(s.id) ?? []).filter((d) => d >= first && d <= last),
      keyRequired: settings.keyStoreVisitsPerWeek,
      normalRequired: settings.normalStoreVisitsPerWeek,
    });
    return {
      storeId: s.id,
      code: s.code,
      name: s.name,
      ownerId: s.ownerId,
      tier: s.tier,
      visitDays: f.visitDays,
      required: f.required,
      frequencyOk: f.frequencyOk,
      spacingOk: f.spacingOk,
      days: f.days,
      explanation: f.explanation,
    };
  });
}

/** The weekly series: `count` weeks ending with `last`, oldest first, from one read of the visit days. */
export function complianceSeries(
  db: DbOrTx,
  vis: Visibility,
  last: string,
  count: number,
  settings: { keyStoreVisitsPerWeek: number; normalStoreVisitsPerWeek: number },
  today: string,
) {
  const monday = isoWeekDates(last)[0]!;
  const weeks = Array.from({ length: count }, (_, i) => isoWeekOf(shiftDate(monday, (i - count + 1) * 7)));
  const stores = activeStores(db, visibleIds(vis));
  const days = visitDaysByStore(db, stores.map((s) => s.id), isoWeekDates(weeks[0]!)[0]!, isoWeekDates(last)[6]!);
  return weeks.map((week) => complianceWeek({ week, today, stores: frequencyRows(stores, days, isoWeekDates(week), settings) }));
}

/** Visit compliance rows for one ISO week (also for the reports' CSV/XLSX exports). */
export function visitCompliance(
  db: DbOrTx,
  vis: Visibility,
  week: string,
  settings: { keyStoreVisitsPerWeek: number; normalStoreVisitsPerWeek: number },
) {
  const dates = isoWeekDates(week);
  const stores = activeStores(db, visibleIds(vis));
  const days = visitDaysByStore(db, stores.map((s) => s.id), dates[0]!, dates[6]!);
  return frequencyRows(stores, days, dates, settings);
}

export default visitComplianceRoutes;
