import type { WebhookEvent } from '@fieldbeat/domain';

/**
 * Request and response examples of the main resources, for the OpenAPI document (media-type
 * `examples`). Taken from the demo organisation's data as the API answered it (English
 * explanations), shortened to one line or item; `redocly lint` checks each against its schema
 * (no-invalid-media-type-examples), so an example that no longer fits its schema fails CI.
 */
export interface Example {
  summary: string;
  value: unknown;
}
type Examples = Record<string, Example>;

/** Examples of one operation: its request body, and its responses by status. */
export interface OperationExamples {
  request?: Examples;
  responses?: Record<string, Examples>;
}

const ids = {
  rep: '01a23eca-a131-793f-ab6e-68087d23e637',
  manager: '01a23eca-a14b-7c59-899a-5b158f7e2208',
  store: '01a23eca-a14e-71eb-b74d-b54090d9c1d8',
  product: '01a23eca-a21b-74f0-a92b-0d57c39b020e',
  product2: '01a23eca-a231-7bd9-ad6c-2c5a12b5527e',
  visit: '01a23eca-9fa7-76e3-8d06-bcb0d5ad8c45',
  previousVisit: '01a23eca-9fa7-7006-99a9-56a6fe6aba16',
  return: '01a23eca-ac8c-7966-882d-e2da8cef70a5',
  promotion: '01a23eca-ac4c-796c-b8e4-178a41ae7d3d',
  delivery: '01a23ecb-0c1e-7a10-9d3e-5f2a6b7c8d90',
};

const storeCreate = {
  code: 'SH-KA-001',
  name: '世纪联丰大卖场（张杨路店）',
  address: '上海市浦东新区张杨路620号',
  lat: 31.22912,
  lng: 121.51748,
  tier: 'key',
  channel: 'ka',
  ownerId: ids.rep,
  region: '华东-上海',
  contacts: [{ name: '钱海燕', title: '店长', phone: '13800211001' }],
  profile: { tradeArea: '陆家嘴-八佰伴核心商圈', floorAreaSqm: 12000, orderingTime: '每周一、四上午向总部请货' },
};
const store = {
  id: ids.store,
  ...storeCreate,
  status: 'active',
  version: 1,
  createdAt: '2026-12-01T02:03:16.263Z',
  updatedAt: '2026-12-01T02:03:16.263Z',
};

const productCreate = {
  sku: 'HL-PH-001',
  barcode: '6971234101037',
  name: '禾乐原味薯片',
  spec: '70g',
  unit: '袋',
  category: '膨化食品',
  brand: '禾乐',
  retailPrice: 7.5,
  supplyPrice: 5.2,
  shelfLifeDays: 270,
  packSize: 24,
  isKey: true,
  isNew: false,
};
const product = {
  id: ids.product,
  ...productCreate,
  clearance: null,
  version: 1,
  createdAt: '2026-12-01T02:03:16.263Z',
  updatedAt: '2026-12-01T02:03:16.263Z',
};

const visitCreate = {
  id: '3f0c9a52-7c1e-4b8e-9a51-2d6f0e7b4c13',
  storeId: ids.store,
  checkInAt: '2026-12-03T06:15:00.000Z',
  checkOutAt: '2026-12-03T06:37:00.000Z',
  location: { lat: 31.22941, lng: 121.51791, accuracy: 29 },
  lines: [{ productId: ids.product, shelfPrice: 7.5, priceTagOk: true, stockQty: 5, shelfLayer: '4', facings: 4, orderQty: 24 }],
  repSuggestion: '建议手撕面包按先进先出调整，临近日期的放前排。',
};
const suggestionParams = { prevStock: 14, prevOrder: 0, currentStock: 5, factor: 1.5, packSize: 24 };
const visitLine = {
  productId: ids.product,
  shelfPrice: 7.5,
  priceTagOk: true,
  stockQty: 5,
  productionDate: null,
  shelfLayer: '4',
  facings: 4,
  onPromo: false,
  promoType: null,
  promoStart: null,
  promoEnd: null,
  orderQty: 24,
  suggestedOrderQty: 24,
  suggestion: {
    suggested: 24,
    reason: 'computed',
    flags: [],
    inputs: suggestionParams,
    sold: 9,
    raw: 8.5,
    formula: '(14 + 0 - 5) × 1.5 - 5 = 8.5',
    previousVisitId: ids.previousVisit,
    previousCheckInAt: '2026-11-26T06:07:00.000Z',
    explanation: '1.5× reorder rule: (14 + 0 - 5) × 1.5 - 5 = 8.5; rounded up to whole packs of 24, suggest ordering 24.',
    explanationKey: 'suggestion.computed_pack',
    explanationParams: { ...suggestionParams, sold: 9, raw: '8.5', suggested: 24, formula: '(14 + 0 - 5) × 1.5 - 5 = 8.5' },
  },
  issues: [],
  issueDetails: [],
};
const visitHead = {
  id: ids.visit,
  storeId: ids.store,
  repId: ids.rep,
  checkInAt: '2026-12-03T06:15:00.000Z',
  checkOutAt: '2026-12-03T06:37:00.000Z',
  visitDate: '2026-12-03',
  location: { lat: 31.22941, lng: 121.51791, accuracy: 29 },
  distanceMeters: 66,
  relocations: [],
  issues: [],
  issueDetails: [],
  geofence: {
    distanceMeters: 66,
    explanation: 'Checked in 66 m from the store, within 200 m.',
    explanationKey: 'geofence.inside',
    explanationParams: { distanceMeters: 66, geofenceMeters: 200 },
  },
};
const visitNotes = { competitorNotes: null, promoterNotes: null, storeOpinion: null, repSuggestion: visitCreate.repSuggestion, signedBy: null };
const visit = { ...visitHead, lines: [visitLine], ...visitNotes, photos: [], signature: null, createdAt: '2026-12-03T06:37:02.118Z' };
const visitListItem = { ...visitHead, ...visitNotes, lineCount: 1, photoCount: 0, createdAt: visit.createdAt };

const returnCreate = {
  storeId: ids.store,
  productId: ids.product,
  qty: 18,
  reason: 'store_closure',
  requestDate: '2026-12-02',
  productionDate: '2026-10-15',
  notes: '门店12月底关门，清场退回剩余薯片。',
};
const returnApproved = {
  id: ids.return,
  ...returnCreate,
  requesterId: ids.rep,
  contentsRemaining: null,
  contentsTotal: null,
  status: 'approved',
  eligibility: {
    eligible: true,
    reason: 'store_closure',
    branch: 'store_closing',
    explanation: 'The store is closing or closed: a store-closure return is standard.',
    explanationKey: 'return.store_closing',
    explanationParams: { reason: 'store_closure', requestDate: '2026-12-02', storeStatus: 'closing' },
  },
  approverId: null,
  approvedBy: 'standard',
  rejectedBy: null,
  decidedAt: '2026-12-02T03:10:19.564Z',
  decisionNote: null,
  // the standard approved it: no person decided
  decision: { outcome: 'approved', note: null, decidedAt: '2026-12-02T03:10:19.564Z', decidedBy: null },
  refundAmount: null,
  executedAt: null,
  executedDate: null,
  version: 1,
  createdAt: '2026-12-02T03:10:19.564Z',
};
const returnRejected = {
  ...returnApproved,
  reason: 'other',
  status: 'rejected',
  eligibility: {
    eligible: false,
    reason: 'other',
    branch: 'other_non_standard',
    explanation: 'This reason is outside the return standard: approval comes before execution.',
    explanationKey: 'return.other_non_standard',
    explanationParams: { reason: 'other', requestDate: '2026-12-02' },
  },
  approvedBy: null,
  rejectedBy: ids.manager,
  approverId: null,
  decisionNote: '包装完好，请按正常销售处理。',
  decision: { outcome: 'rejected', note: '包装完好，请按正常销售处理。', decidedAt: '2026-12-02T05:41:07.210Z', decidedBy: { id: ids.manager, name: '黄丽娟' } },
  decidedAt: '2026-12-02T05:41:07.210Z',
  version: 2,
};
const returnExecuted = {
  ...returnApproved,
  status: 'executed',
  refundAmount: 93.6,
  executedAt: '2026-12-04T01:20:00.000Z',
  executedDate: '2026-12-04',
  version: 2,
};

const promotionCreate = {
  title: '浙联滨江店年货节坚果礼盒陈列',
  source: 'store_request',
  storeIds: [ids.store],
  productIds: [ids.product, ids.product2],
  startDate: '2026-12-24',
  endDate: '2027-01-18',
  purpose: '配合门店年货节，抢占入口年货区陈列，提升礼盒类销售。',
  storeSupport: '店方提供入口年货区端架两组，并在收银台旁允许放置礼盒展示架。',
  materials: [
    { name: '礼盒展示架', qty: 2 },
    { name: '年货节围纸', qty: 4 },
  ],
  staffCount: 1,
  estimatedCost: 3800,
  estimatedEffect: '年货节期间礼盒类订货量较去年同期提升30%。',
};
const promotionFields = {
  id: ids.promotion,
  ...promotionCreate,
  status: 'draft',
  applicantId: ids.manager,
  baselineSales: null,
  actualMaterials: null,
  actualStaff: null,
  actualCost: null,
  actualEffect: null,
  issues: null,
  improvementPlan: null,
  reviewerId: null,
  gmApproverId: null,
  version: 1,
  createdAt: '2026-12-04T02:03:19.499Z',
  updatedAt: '2026-12-04T02:03:19.499Z',
};
const promotion = {
  ...promotionFields,
  decision: null,
  history: [
    {
      action: 'create',
      from: null,
      to: 'draft',
      actorId: ids.manager,
      actorName: '黄丽娟',
      actor: { id: ids.manager, name: '黄丽娟' },
      note: null,
      at: '2026-12-04T02:03:19.499Z',
    },
  ],
};

const scorecard = {
  userId: ids.rep,
  displayName: '刘洋',
  month: '2026-12',
  roleCode: 'sales_rep',
  roleTitle: 'Sales rep',
  roleVersion: 1,
  baseScore: 100,
  items: [
    {
      code: 'collection',
      inputs: { plan: 30000, carryIn: 30000, effectivePlan: 60000, collected: 16000, refunded: 0, actual: 16000, ratePercent: '26.66667', countedPercent: -73 },
      points: 0,
      explanation:
        'So far ¥16,000.00 of ¥60,000.00 collected (¥30,000.00 + ¥30,000.00 carried in, 26.66667%, -73.33333 from 100%, -73 × 0.5); scored after 2026-12-31, -36.5 points as it stands.',
      explanationKey: 'score.collection.in_progress',
      explanationParams: {
        plan: '30000.00',
        carryIn: '30000.00',
        effectivePlan: '60000.00',
        actual: '16000.00',
        rate: '26.66667',
        deviation: '-73.33333',
        counted: -73,
        perPercent: 0.5,
        points: -36.5,
        monthEnd: '2026-12-31',
        projected: -36.5,
      },
      provisional: true,
    },
    {
      code: 'assigned_task',
      inputs: { tasks: [{ id: '01a23eca-b3dc-7932-aad2-0f05e13b8b8b', dueAt: '2026-12-02T15:59:59.999Z', completedAt: null, review: null, outcome: 'not_completed' }] },
      points: -2,
      explanation:
        '1 of 1 tasks due this month count: 0 completed late, 1 not completed in time, 0 not meeting requirements; 2 each, -2 points (0 open or awaiting review).',
      explanationKey: 'score.assigned_task',
      explanationParams: { due: 1, counted: 1, late: 0, notCompleted: 1, failed: 0, pending: 0, penalty: 2, points: -2 },
      provisional: true,
    },
  ],
  total: 98,
  projectedTotal: 124.5,
  projection: {
    explanation:
      'Counted 98, projected 124.5 if the month goes on as so far: ¥16,000.00 collected in 4 of 23 working days projects to ¥92,000.00 by month end (26.5 points); 0 day(s) without a work log so far (0 points); market plans and the survey count when due, recorded deductions as recorded.',
    explanationKey: 'score.projection',
    explanationParams: {
      counted: 98,
      projected: 124.5,
      elapsed: 4,
      workingDays: 23,
      actual: '16000.00',
      projectedActual: '92000.00',
      collectionPoints: 26.5,
      missingSoFar: 0,
      missingPoints: 0,
    },
  },
  status: 'draft',
  provisional: true,
  computedAt: '2026-12-04T02:03:23.312Z',
  deadlineAt: '2027-01-04T15:59:59.999Z',
  finalizedAt: null,
  finalizedBy: null,
  finalizedByName: null,
  reopenedAt: null,
  reopenNote: null,
};

/** problem+json (RFC 9457), on the `Problem` schema: a refused body names its fields. */
export const PROBLEM_EXAMPLES = [
  {
    type: 'https://fieldbeat.app/problems/validation',
    title: 'Validation failed',
    status: 400,
    detail: 'The request is not valid: /tier is required; /name must not have fewer than 1 characters',
    errors: [
      { path: '/tier', message: 'is required' },
      { path: '/name', message: 'must not have fewer than 1 characters' },
    ],
  },
  { type: 'https://fieldbeat.app/problems/not-found', title: 'Not found', status: 404, detail: 'visit not found' },
];

const one = (summary: string, value: unknown): Examples => ({ example: { summary, value } });
const page = (item: unknown) => ({ items: [item], nextCursor: 'WyIyMDI2LTEyLTAzVDA2OjM3OjAyLjExOFoiLCIwMWEyM2VjYS05ZmE3LTc2ZTMiXQ' });

/** By operation key (operations.ts). */
export const OPERATION_EXAMPLES: Record<string, OperationExamples> = {
  'POST /auth/token': {
    request: one('The client-credentials grant', { grantType: 'client_credentials', clientId: 'fbc_4k9x2m7qLp3Z', clientSecret: 'the secret shown once at registration' }),
    responses: { 200: one('A 15-minute access token with the client’s scopes', { accessToken: 'eyJhbGciOiJIUzI1NiJ9.…', expiresIn: 900, scopes: ['reports.read'] }) },
  },
  'POST /webhooks': {
    request: one('An endpoint for returns', { url: 'https://erp.example.com/fieldbeat', events: ['return.approved', 'return.executed'] }),
    responses: {
      201: one('The endpoint with its signing secret (shown only here)', {
        id: '01a23ecb-1a2b-7c3d-8e4f-5a6b7c8d9e0f',
        url: 'https://erp.example.com/fieldbeat',
        events: ['return.approved', 'return.executed'],
        allowPrivateNetwork: false,
        createdBy: ids.manager,
        createdAt: '2026-12-04T01:00:00.000Z',
        secret: 'whsec_…',
      }),
    },
  },
  'GET /stores': { responses: { 200: one('A page of stores', page(store)) } },
  'POST /stores': { request: one('A key account store', storeCreate), responses: { 201: one('The stored store', store) } },
  'GET /stores/{id}': { responses: { 200: one('A key account store', store) } },
  'GET /products': { responses: { 200: one('A page of products', page(product)) } },
  'POST /products': { request: one('A key product', productCreate), responses: { 201: one('The stored product', product) } },
  'GET /products/{id}': { responses: { 200: one('A key product', product) } },
  'GET /visits': { responses: { 200: one('A page of visits (counts instead of lines)', page(visitListItem)) } },
  'POST /visits': {
    request: one('A visit captured offline with one shelf line', visitCreate),
    responses: { 201: one('The stored visit with the order suggestion', visit), 200: one('The same client id again: the stored visit', visit) },
  },
  'GET /visits/{id}': { responses: { 200: one('A visit with its order suggestion explained', visit) } },
  'GET /returns': { responses: { 200: one('A page of returns', page(returnApproved)) } },
  'POST /returns': {
    request: one('A store-closure return', returnCreate),
    responses: { 201: one('Covered by the return standard: approved at once', returnApproved) },
  },
  'GET /returns/{id}': { responses: { 200: one('A return the standard approved', returnApproved) } },
  'POST /returns/{id}/reject': {
    request: one('The reason, which the requester reads', { note: '包装完好，请按正常销售处理。' }),
    responses: { 200: one('Rejected, with the decision named', returnRejected) },
  },
  'POST /returns/{id}/execute': { request: one('The refund', { refundAmount: 93.6 }), responses: { 200: one('The executed return', returnExecuted) } },
  'GET /promotions': { responses: { 200: one('A page of promotions', page({ ...promotionFields, decision: null })) } },
  'POST /promotions': { request: one('A store-requested display promotion', promotionCreate), responses: { 201: one('The draft', promotion) } },
  'GET /promotions/{id}': { responses: { 200: one('A draft with its history', promotion) } },
  'GET /scorecards/{userId}/{month}': { responses: { 200: one('A month in progress (two of its lines)', scorecard) } },
};

const eventExample = (event: WebhookEvent, data: Record<string, unknown>): Examples =>
  one(`A ${event} delivery`, { id: ids.delivery, event, createdAt: '2026-12-04T01:20:00.000Z', data: { ...data, actorId: ids.rep } });

const submitted = { ...promotionFields, status: 'submitted', version: 2 };
const approved = { ...promotionFields, status: 'approved', reviewerId: ids.manager, version: 3 };

/** One delivery per event of the catalogue, for the document's `webhooks`. */
export const EVENT_EXAMPLES: Record<WebhookEvent, Examples> = {
  'visit.created': eventExample('visit.created', { visit }),
  'promotion.submitted': eventExample('promotion.submitted', { promotion: submitted, note: null }),
  'promotion.approved': eventExample('promotion.approved', { promotion: approved, note: '同意，注意控制物料费用。' }),
  'promotion.rejected': eventExample('promotion.rejected', { promotion: { ...submitted, status: 'rejected', reviewerId: ids.manager, version: 3 }, note: '预算不足，下月再报。' }),
  'promotion.completed': eventExample('promotion.completed', {
    promotion: { ...approved, status: 'completed', actualMaterials: promotionCreate.materials, actualStaff: 1, actualCost: 3650, actualEffect: '礼盒订货量提升28%。', version: 4 },
  }),
  'return.created': eventExample('return.created', { return: returnApproved }),
  'return.approved': eventExample('return.approved', { return: returnApproved, approvedBy: 'standard' }),
  'return.executed': eventExample('return.executed', { return: returnExecuted }),
  'scorecard.finalized': eventExample('scorecard.finalized', {
    scorecard: {
      userId: ids.rep,
      month: '2026-11',
      roleCode: 'sales_rep',
      roleVersion: 1,
      baseScore: 100,
      total: 96.5,
      items: [
        { code: 'collection', points: 0 },
        { code: 'work_log_vague', points: -0.5 },
        { code: 'assigned_task', points: -2 },
        { code: 'discipline', points: -1 },
      ],
      finalizedAt: '2026-12-04T01:20:00.000Z',
      finalizedBy: ids.manager,
    },
  }),
};
