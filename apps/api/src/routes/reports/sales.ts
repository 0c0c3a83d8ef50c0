import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { comparablePeriod, salesAnomaly, toMinor, totalToMajor, type Locale } from '@fieldbeat/domain';
import { getSettings } from '../../db/repos/organisation.js';
import { SALES_DIMENSIONS, salesLabels, salesTotals, type SalesDimension, type SalesTotals } from '../../db/repos/reports.js';
import { explained, ExplanationFields } from '../../lib/explanation.js';
import { ReportFormatQuery, reportResponses, sendReport, type ReportColumn } from '../../lib/export.js';
import { preferredLocale } from '../../lib/locale.js';
import { requirePermission } from '../../lib/principal.js';
import { IsoDate, Nullable, problems } from '../../lib/schemas.js';
import { dateRange, repFilterFor } from './shared.js';

const GroupBy = Type.Enum(SALES_DIMENSIONS, { default: 'sku' });

const SalesItem = Type.Object({
  key: Type.String({ description: 'product id, store id, category name or rep (user) id' }),
  code: Nullable(Type.String({ description: 'SKU, store code, category or username' })),
  label: Type.String(),
  orderQty: Type.Integer(),
  orderAmount: Type.Number({ description: 'order quantity at supply price, major units' }),
  soldQty: Type.Integer({ description: 'R1 sell-out estimate: the sum of `sold` over the visit lines' }),
  previousOrderQty: Type.Integer(),
  previousOrderAmount: Type.Number(),
  previousSoldQty: Type.Integer(),
  changePct: Nullable(Type.Number({ description: 'order quantity against the comparable period, percent (1 decimal); null when that was 0' })),
  anomaly: Type.Boolean({
    description: '异动: both periods reach the minimum volume (anomalyMinUnits and anomalyMinAmount) and the change is beyond anomalyThresholdPct either way',
  }),
  anomalyBranch: Type.Union([Type.Literal('below_minimum'), Type.Literal('within_threshold'), Type.Literal('beyond_threshold')], {
    description: 'the branch of the rule taken: too little volume to compare, an ordinary change, an anomaly',
  }),
  ...ExplanationFields,
});

const SalesReport = Type.Object({
  from: IsoDate,
  to: IsoDate,
  previousFrom: IsoDate,
  previousTo: IsoDate,
  groupBy: GroupBy,
  anomalyThresholdPct: Type.Number(),
  anomalyMinUnits: Type.Integer(),
  anomalyMinAmount: Type.Number({ description: 'major units' }),
  items: Type.Array(SalesItem),
});

type Item = {
  key: string;
  code: string | null;
  label: string;
  orderQty: number;
  orderAmount: number;
  soldQty: number;
  previousOrderQty: number;
  previousOrderAmount: number;
  previousSoldQty: number;
  changePct: number | null;
  anomaly: boolean;
  anomalyBranch: 'below_minimum' | 'within_threshold' | 'beyond_threshold';
  explanation: string;
  explanationKey: string;
  explanationParams: Record<string, string | number>;
};

const UNCATEGORISED: Record<Locale, string> = { 'zh-CN': '未分类', en: 'Uncategorised' };

const CODE_LABEL: Record<SalesDimension, Record<Locale, string>> = {
  sku: { 'zh-CN': '商品编码', en: 'SKU' },
  store: { 'zh-CN': '门店编码', en: 'Store code' },
  category: { 'zh-CN': '品类', en: 'Category' },
  rep: { 'zh-CN': '用户名', en: 'Username' },
};

const NAME_LABEL: Record<SalesDimension, Record<Locale, string>> = {
  sku: { 'zh-CN': '商品名称', en: 'Product' },
  store: { 'zh-CN': '门店名称', en: 'Store' },
  category: { 'zh-CN': '品类名称', en: 'Category name' },
  rep: { 'zh-CN': '业务员', en: 'Rep' },
};

function columns(dimension: SalesDimension): ReportColumn<Item>[] {
  return [
    { key: 'code', label: CODE_LABEL[dimension], width: 16 },
    { key: 'label', label: NAME_LABEL[dimension], width: 30 },
    { key: 'orderQty', label: { 'zh-CN': '订货数量', en: 'Order qty' }, numFmt: '0' },
    { key: 'orderAmount', label: { 'zh-CN': '订货金额(供价)', en: 'Order amount (supply price)' }, numFmt: '#,##0.00', width: 18 },
    { key: 'soldQty', label: { 'zh-CN': '销量估算', en: 'Sell-out estimate' }, numFmt: '0' },
    { key: 'previousOrderQty', label: { 'zh-CN': '对比期订货数量', en: 'Comparable period qty' }, numFmt: '0' },
    { key: 'previousOrderAmount', label: { 'zh-CN': '对比期订货金额', en: 'Comparable period amount' }, numFmt: '#,##0.00', width: 18 },
    { key: 'changePct', label: { 'zh-CN': '变化率(%)', en: 'Change (%)' }, numFmt: '0.0' },
    { key: 'anomaly', label: { 'zh-CN': '异动', en: 'Anomaly' } },
    { key: 'explanation', label: { 'zh-CN': '说明', en: 'Explanation' }, width: 50 },
  ];
}

const EMPTY: SalesTotals = { key: '', orderQty: 0, orderAmountMinor: 0n, soldQty: 0, lineCount: 0 };

/**
 * 销售数据分析: sales by SKU, store, category or rep against the comparable period (the same
 * weekdays, whole weeks before: domain `comparablePeriod`), 异动 by the domain's `salesAnomaly`.
 */
const salesReportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/sales',
    {
      schema: {
        tags: ['reports'],
        description:
          'Order quantity and amount (at supply price), the R1 sell-out estimate and the change against the comparable period (as many days, on the same weekdays, ' +
          'whole weeks before: previousFrom..previousTo); an anomaly needs the minimum volume in both periods (anomalyMinUnits, anomalyMinAmount) ' +
          'for the visits the caller may see, grouped by sku, store, category or rep (reports.read). `from..to` inclusive, at most 366 days. ' +
          'JSON, CSV or XLSX by Accept or `format`.',
        querystring: Type.Object({ from: IsoDate, to: IsoDate, groupBy: Type.Optional(GroupBy), ...ReportFormatQuery }),
        response: { 200: reportResponses(SalesReport), ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'reports.read');
      const groupBy = request.query.groupBy ?? 'sku';
      const range = dateRange(request.query.from, request.query.to);
      const previous = comparablePeriod(range.from, range.to);
      const filter = repFilterFor(app.db, request.principal);
      const { anomalyThresholdPct: threshold, anomalyMinUnits, anomalyMinAmount } = getSettings(app.db).settings;
      const minAmountMinor = toMinor(anomalyMinAmount);
      const current = salesTotals(app.db, groupBy, range.from, range.to, filter);
      const before = salesTotals(app.db, groupBy, previous.from, previous.to, filter);
      const keys = [...new Set([...current.keys(), ...before.keys()])];
      const labels = salesLabels(app.db, groupBy, keys);
      const locale = preferredLocale(request);
      const change = (now: SalesTotals, then: SalesTotals) => {
        const c = salesAnomaly({
          current: { qty: now.orderQty, amountMinor: now.orderAmountMinor },
          previous: { qty: then.orderQty, amountMinor: then.orderAmountMinor },
          thresholdPct: threshold,
          minUnits: anomalyMinUnits,
          minAmountMinor,
        });
        return {
          changePct: c.changePct,
          anomaly: c.anomaly,
          anomalyBranch: c.branch,
          ...explained(c.explanation, locale),
        };
      };
      const items: Item[] = keys.map((key) => {
        const now = current.get(key) ?? EMPTY;
        const then = before.get(key) ?? EMPTY;
        const named = labels.get(key);
        return {
          key,
          code: groupBy === 'category' ? key || null : (named?.code ?? null),
          label: groupBy === 'category' ? key || UNCATEGORISED[locale] : (named?.label ?? key),
          orderQty: now.orderQty,
          orderAmount: totalToMajor(now.orderAmountMinor),
          soldQty: now.soldQty,
          previousOrderQty: then.orderQty,
          previousOrderAmount: totalToMajor(then.orderAmountMinor),
          previousSoldQty: then.soldQty,
          ...change(now, then),
        };
      });
      items.sort((a, b) => b.orderAmount - a.orderAmount || b.orderQty - a.orderQty || a.label.localeCompare(b.label) || (a.key < b.key ? -1 : 1));
      return sendReport(request, reply, {
        filename: `sales-by-${groupBy}-${range.from}-${range.to}`,
        sheetName: `sales ${range.from}..${range.to}`,
        columns: columns(groupBy),
        rows: items,
        json: {
          from: range.from,
          to: range.to,
          previousFrom: previous.from,
          previousTo: previous.to,
          groupBy,
          anomalyThresholdPct: threshold,
          anomalyMinUnits,
          anomalyMinAmount,
          items,
        },
      });
    },
  );
};

export default salesReportRoutes;
