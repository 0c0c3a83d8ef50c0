import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DISPLAY_GROUPINGS, displayIssues, type DisplayIssueRow } from '../../db/repos/reports.js';
import { ReportFormatQuery, reportResponses, sendReport, type ReportColumn } from '../../lib/export.js';
import { requirePermission } from '../../lib/principal.js';
import { IsoDate, Nullable, problems } from '../../lib/schemas.js';
import { dateRange, visibleRepIds } from './shared.js';

const GroupBy = Type.Enum(DISPLAY_GROUPINGS, { default: 'store_sku' });

const DisplayIssueItem = Type.Object({
  storeId: Nullable(Type.String()),
  storeCode: Nullable(Type.String()),
  storeName: Nullable(Type.String()),
  productId: Nullable(Type.String()),
  sku: Nullable(Type.String()),
  productName: Nullable(Type.String()),
  linesChecked: Type.Integer({ description: 'visit lines counted in the range' }),
  linesWithIssues: Type.Integer(),
  facingsBelowMinimum: Type.Integer(),
  priceTagMissing: Type.Integer(),
  priceMismatch: Type.Integer(),
  promoTagExpired: Type.Integer(),
  lastIssueDate: Nullable(IsoDate),
});

const COLUMNS: ReportColumn<DisplayIssueRow>[] = [
  { key: 'storeCode', label: { 'zh-CN': '门店编码', en: 'Store code' }, width: 14 },
  { key: 'storeName', label: { 'zh-CN': '门店名称', en: 'Store' }, width: 28 },
  { key: 'sku', label: { 'zh-CN': '商品编码', en: 'SKU' }, width: 14 },
  { key: 'productName', label: { 'zh-CN': '商品名称', en: 'Product' }, width: 28 },
  { key: 'linesChecked', label: { 'zh-CN': '检查次数', en: 'Lines checked' }, numFmt: '0' },
  { key: 'linesWithIssues', label: { 'zh-CN': '有问题次数', en: 'Lines with issues' }, numFmt: '0' },
  { key: 'facingsBelowMinimum', label: { 'zh-CN': '陈列面不足', en: 'Facings below minimum' }, numFmt: '0' },
  { key: 'priceTagMissing', label: { 'zh-CN': '缺价签', en: 'Price tag missing' }, numFmt: '0' },
  { key: 'priceMismatch', label: { 'zh-CN': '价格不符', en: 'Price mismatch' }, numFmt: '0' },
  { key: 'promoTagExpired', label: { 'zh-CN': '促销价签过期', en: 'Promo tag expired' }, numFmt: '0' },
  { key: 'lastIssueDate', label: { 'zh-CN': '最近问题日期', en: 'Last issue' }, width: 14 },
];

/** 生动化陈列 / 价签: the R3 display issues found on visits, by store and SKU. */
const displayIssueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/display-issues',
    {
      schema: {
        tags: ['reports'],
        description:
          'R3 display issues (facings, price tags, prices, expired promotion tags) on the visits the caller may see, per store and SKU ' +
          '(groupBy store_sku, the default), per store or per SKU; only rows with an issue, worst first (reports.read). JSON, CSV or XLSX.',
        querystring: Type.Object({ from: IsoDate, to: IsoDate, groupBy: Type.Optional(GroupBy), ...ReportFormatQuery }),
        response: { 200: reportResponses(Type.Object({ from: IsoDate, to: IsoDate, groupBy: GroupBy, items: Type.Array(DisplayIssueItem) })), ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'reports.read');
      const range = dateRange(request.query.from, request.query.to);
      const groupBy = request.query.groupBy ?? 'store_sku';
      const items = displayIssues(app.db, { from: range.from, to: range.to, groupBy, repIds: visibleRepIds(app.db, request.principal) });
      const columns = COLUMNS.filter(
        (c) => !(groupBy === 'store' && ['sku', 'productName'].includes(c.key)) && !(groupBy === 'sku' && ['storeCode', 'storeName'].includes(c.key)),
      );
      return sendReport(request, reply, {
        filename: `display-issues-${range.from}-${range.to}`,
        sheetName: `display ${range.from}..${range.to}`,
        columns,
        rows: items,
        json: { from: range.from, to: range.to, groupBy, items },
      });
    },
  );
};

export default displayIssueRoutes;
