import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { promotionEffect, toMajor } from '@fieldbeat/domain';
import { promotionUnits } from '../../db/repos/reports.js';
import { explained, ExplanationFields } from '../../lib/explanation.js';
import { ReportFormatQuery, reportResponses, sendReport, type ReportColumn } from '../../lib/export.js';
import { preferredLocale } from '../../lib/locale.js';
import { requirePermission } from '../../lib/principal.js';
import { IsoDate, Nullable, problems } from '../../lib/schemas.js';
import { dateRange, visibleRepIds } from './shared.js';

const EffectItem = Type.Object({
  promotionId: Type.String(),
  title: Type.String(),
  source: Type.String(),
  status: Type.String(),
  startDate: IsoDate,
  endDate: IsoDate,
  baselineStart: IsoDate,
  baselineEnd: IsoDate,
  unitsInWindow: Type.Integer(),
  unitsBefore: Type.Integer(),
  extraUnits: Type.Integer(),
  upliftPct: Nullable(Type.Number({ description: 'percent, 1 decimal; null when nothing was ordered before' })),
  estimatedCost: Type.Number(),
  actualCost: Nullable(Type.Number({ description: 'null until the promotion is completed' })),
  costPerExtraUnit: Nullable(Type.Number({ description: 'actual cost per extra unit; null without extra units or actuals' })),
  estimatedEffect: Type.String(),
  vsEstimateUnits: Nullable(Type.Integer({ description: 'extra units minus the estimated effect, when that is a number' })),
  ...ExplanationFields,
});

type Item = {
  promotionId: string;
  title: string;
  source: string;
  status: string;
  startDate: string;
  endDate: string;
  baselineStart: string;
  baselineEnd: string;
  unitsInWindow: number;
  unitsBefore: number;
  extraUnits: number;
  upliftPct: number | null;
  estimatedCost: number;
  actualCost: number | null;
  costPerExtraUnit: number | null;
  estimatedEffect: string;
  vsEstimateUnits: number | null;
} & ReturnType<typeof explained>;

const COLUMNS: ReportColumn<Item>[] = [
  { key: 'title', label: { 'zh-CN': '活动名称', en: 'Promotion' }, width: 30 },
  { key: 'status', label: { 'zh-CN': '状态', en: 'Status' } },
  { key: 'startDate', label: { 'zh-CN': '开始日期', en: 'Start' }, width: 12 },
  { key: 'endDate', label: { 'zh-CN': '结束日期', en: 'End' }, width: 12 },
  { key: 'unitsInWindow', label: { 'zh-CN': '活动期订货量', en: 'Units in window' }, numFmt: '0' },
  { key: 'unitsBefore', label: { 'zh-CN': '活动前订货量', en: 'Units before' }, numFmt: '0' },
  { key: 'extraUnits', label: { 'zh-CN': '增量', en: 'Extra units' }, numFmt: '0' },
  { key: 'upliftPct', label: { 'zh-CN': '提升率(%)', en: 'Uplift (%)' }, numFmt: '0.0' },
  { key: 'estimatedCost', label: { 'zh-CN': '预估费用', en: 'Estimated cost' }, numFmt: '#,##0.00' },
  { key: 'actualCost', label: { 'zh-CN': '实际费用', en: 'Actual cost' }, numFmt: '#,##0.00' },
  { key: 'costPerExtraUnit', label: { 'zh-CN': '每增量单位费用', en: 'Cost per extra unit' }, numFmt: '#,##0.00' },
  { key: 'estimatedEffect', label: { 'zh-CN': '预估效果', en: 'Estimated effect' }, width: 20 },
  { key: 'vsEstimateUnits', label: { 'zh-CN': '与预估差异', en: 'Versus estimate' }, numFmt: '0' },
  { key: 'explanation', label: { 'zh-CN': '说明', en: 'Explanation' }, width: 60 },
];

/** A number written as the estimate ("200") is compared; any other text is shown only. */
function numericEstimate(text: string): number | null {
  return /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : null;
}

/** 促销活动效果: R5 effects of approved and completed promotions. */
const promotionEffectRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/promotion-effects',
    {
      schema: {
        tags: ['reports'],
        description:
          'R5 effect of every approved or completed promotion the caller may see whose window overlaps from..to (both optional): ' +
          'units ordered in its stores for its products inside the window against the equally long window before it, uplift, ' +
          'actual cost per extra unit, actual against estimate (reports.read). JSON, CSV or XLSX.',
        querystring: Type.Object({ from: Type.Optional(IsoDate), to: Type.Optional(IsoDate), ...ReportFormatQuery }),
        response: { 200: reportResponses(Type.Object({ items: Type.Array(EffectItem) })), ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'reports.read');
      const { from, to } = request.query;
      if (from && to) dateRange(from, to);
      const locale = preferredLocale(request);
      const rows = promotionUnits(app.db, { from, to, visibleUserIds: visibleRepIds(app.db, request.principal) });
      const items: Item[] = rows.map((p) => {
        const effect = promotionEffect({
          window: { start: p.startDate, end: p.endDate },
          ordersInWindow: p.unitsInWindow,
          ordersBefore: p.unitsBefore,
          // The report's cost columns are the actuals: before they are reported it says so.
          actualCostMinor: p.actualCostMinor,
          estimatedEffect: numericEstimate(p.estimatedEffect),
        });
        const hasActuals = p.actualCostMinor !== null;
        return {
          promotionId: p.id,
          title: p.title,
          source: p.source,
          status: p.status,
          startDate: p.startDate,
          endDate: p.endDate,
          baselineStart: effect.baselineWindow.start,
          baselineEnd: effect.baselineWindow.end,
          unitsInWindow: effect.unitsInWindow,
          unitsBefore: effect.unitsBefore,
          extraUnits: effect.extraUnits,
          upliftPct: effect.upliftPct,
          estimatedCost: toMajor(p.estimatedCostMinor),
          actualCost: hasActuals ? toMajor(p.actualCostMinor!) : null,
          costPerExtraUnit: effect.costPerExtraUnitMinor === null ? null : toMajor(effect.costPerExtraUnitMinor),
          estimatedEffect: p.estimatedEffect,
          vsEstimateUnits: effect.vsEstimate?.differenceUnits ?? null,
          ...explained(effect.explanation, locale),
        };
      });
      return sendReport(request, reply, { filename: `promotion-effects${from ? `-${from}` : ''}${to ? `-${to}` : ''}`, sheetName: 'promotion effects', columns: COLUMNS, rows: items, json: { items } });
    },
  );
};

export default promotionEffectRoutes;
