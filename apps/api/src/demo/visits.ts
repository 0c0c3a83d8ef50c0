// Deterministic generator of the demo organisation's field work: store visits, daily work
// logs, promotions and returns, relative to a given `today` (a calendar date in the
// organisation's time zone, Asia/Shanghai). No clock, no I/O, no Math.random: every random
// choice comes from mulberry32 seeded by a hash of what is being generated, so the same
// `today` always yields the same data.
//
// The story the data tells (see the product's rules, RULES; docs/domain.md):
// - key stores are visited about three times a week, every other day; some weeks a rep
//   visits on adjacent days or only twice (R3 spacing / frequency issues);
// - normal stores are visited once a week on the rep's route day; some weeks are missed;
// - at every visit the rep counts the store's assortment; stock sells down between visits
//   and the rep mostly orders what the 1.5x rule suggests (R1 has history to work on);
// - shelf prices, price tags, facings and promotion tags are mostly right, sometimes not;
// - a company promotion ran and ended (a few stale promotion tags after it), a
//   store-requested one is running, a rep-initiated one above 5000 waits for the GM.

import { demoProduct, demoProducts } from './products.js';
import type { DemoProduct } from './products.js';
import { demoStartDate, demoUser, demoUsers } from './people.js';
import { demoStore, demoStores } from './stores.js';
import type { DemoStore } from './stores.js';

// ---------------------------------------------------------------------------------------
// Shapes (the HTTP contract's "Field work" and "Approvals", with usernames, store codes and
// SKUs in place of ids; the seeder resolves them)
// ---------------------------------------------------------------------------------------

export interface DemoVisitLine {
  sku: string;
  shelfPrice: number;
  priceTagOk: boolean;
  stockQty: number;
  productionDate?: string;
  shelfLayer?: number;
  facings: number;
  onPromo?: boolean;
  promoType?: string;
  promoStart?: string;
  promoEnd?: string;
  orderQty?: number;
}

export interface DemoVisit {
  storeCode: string;
  repUsername: string;
  checkInAt: string;
  checkOutAt: string;
  location: { lat: number; lng: number; accuracy: number };
  lines: DemoVisitLine[];
  competitorNotes?: string;
  promoterNotes?: string;
  storeOpinion?: string;
  repSuggestion?: string;
  signedBy?: string;
}

export interface DemoWorkLog {
  username: string;
  /** A working day (Monday to Friday), YYYY-MM-DD. */
  date: string;
  content: string;
  /** When the rep wrote it (the evening of the day): before the R4 deadline. */
  submittedAt: string;
  /** The manager flagged this log as vague (填写含糊不清). */
  flagVague?: { byUsername: string; note: string };
}

export type PromotionSource = 'company' | 'store_request' | 'rep_initiated';
export type DemoPromotionStatus =
  'draft' | 'submitted' | 'pending_gm' | 'approved' | 'rejected' | 'completed' | 'withdrawn';

export interface DemoPromotionReport {
  actualMaterials: { name: string; qty: number }[];
  actualStaff: number;
  actualCost: number;
  actualEffect: string;
  issues: string;
  improvementPlan: string;
}

export type DemoPromotionStep =
  | { action: 'submit' | 'approve' | 'reject' | 'withdraw'; byUsername: string; note?: string }
  | { action: 'report'; byUsername: string; report: DemoPromotionReport };

export interface DemoPromotion {
  /** A stable handle for the seeder and tests; not part of the API shape. */
  key: string;
  /** The user who creates the promotion (the applicant). */
  applicantUsername: string;
  title: string;
  source: PromotionSource;
  storeCodes: string[];
  skus: string[];
  startDate: string;
  endDate: string;
  purpose: string;
  storeSupport?: string;
  baselineSales?: string;
  materials: { name: string; qty: number }[];
  staffCount: number;
  estimatedCost: number;
  estimatedEffect: string;
  /** Actions to apply in order after the create, each by the named user. */
  steps: DemoPromotionStep[];
  /** The status after all steps (RULES R5). */
  expectedStatus: DemoPromotionStatus;
}

export type ReturnReason =
  | 'packaging_damage'
  | 'quality_defect'
  | 'slow_moving'
  | 'company_clearance'
  | 'store_closure'
  | 'other';

export type DemoReturnStep =
  | { action: 'approve' | 'reject'; byUsername: string; note?: string }
  | { action: 'execute'; byUsername: string; refundAmount: number };

export interface DemoReturn {
  key: string;
  requesterUsername: string;
  storeCode: string;
  sku: string;
  qty: number;
  reason: ReturnReason;
  requestDate: string;
  productionDate?: string;
  contentsRemaining?: number;
  contentsTotal?: number;
  notes?: string;
  steps: DemoReturnStep[];
  /** The status after the create and all steps (RULES R2). */
  expectedStatus: 'approved' | 'pending_approval' | 'rejected' | 'executed';
}

export interface DemoGenerationOptions {
  /** The organisation's current date, YYYY-MM-DD; everything generated lies before it. */
  today: string;
  /** How many weeks of history (default 4). */
  weeks?: number;
}

export const DEMO_WEEKS = 4;

// ---------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------

export type Rng = () => number;

/** mulberry32: a small 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the UTF-16 code units of a string. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SEED = 'fieldbeat-demo-v1';

/** A PRNG for one named stream (the same parts always give the same sequence). */
function rngFor(...parts: (string | number)[]): Rng {
  return mulberry32(hashString([SEED, ...parts].join('|')));
}

/** Integer in [min, max]. */
function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Calendar dates as day numbers (days since 1970-01-01), free of the host time zone
// ---------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

function parseDate(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`expected a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = ms / DAY_MS;
  if (formatDate(day) !== date) throw new Error(`not a calendar date: ${date}`);
  return day;
}

function formatDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday: Monday 1 .. Sunday 7. */
function isoWeekday(day: number): number {
  return new Date(day * DAY_MS).getUTCDay() || 7;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A timestamp in Asia/Shanghai (+08:00) from a day and minutes after midnight. */
function shanghaiTimestamp(day: number, minutes: number): string {
  return `${formatDate(day)}T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:00+08:00`;
}

/**
 * The days the demo history covers: from the Monday of the week `weeks` weeks before
 * `today` up to and including yesterday (so every full ISO week in it is complete).
 */
export function demoWindow(options: DemoGenerationOptions): { from: string; to: string } {
  const { start, end } = windowDays(options);
  return { from: formatDate(start), to: formatDate(end) };
}

function windowDays(options: DemoGenerationOptions): { today: number; start: number; end: number } {
  const weeks = options.weeks ?? DEMO_WEEKS;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) {
    throw new Error(`weeks must be an integer 1..52, got ${weeks}`);
  }
  const today = parseDate(options.today);
  const back = today - 7 * weeks;
  const start = back - (isoWeekday(back) - 1);
  return { today, start, end: today - 1 };
}

// ---------------------------------------------------------------------------------------
// Money (integer fen inside, major units outside)
// ---------------------------------------------------------------------------------------

const toFen = (yuan: number): number => Math.round(yuan * 100);
const toYuan = (fen: number): number => fen / 100;

// ---------------------------------------------------------------------------------------
// Promotions (dates relative to today) — the plans also drive the visit lines
// ---------------------------------------------------------------------------------------

interface PromoPlan {
  key: string;
  applicantUsername: string;
  title: string;
  source: PromotionSource;
  storeCodes: string[];
  skus: string[];
  /** Days relative to today. */
  startOffset: number;
  endOffset: number;
  /** What the shelf shows while it runs (only for promotions that run in the stores). */
  shelf?: { promoType: string; priceFactor: number; salesUplift: number };
  purpose: string;
  storeSupport?: string;
  baselineSales?: string;
  materials: { name: string; qty: number }[];
  staffCount: number;
  estimatedCost: number;
  estimatedEffect: string;
  steps: DemoPromotionStep[];
  expectedStatus: DemoPromotionStatus;
}

const PROMO_PLANS: PromoPlan[] = [
  {
    key: 'company-nuts-winter',
    applicantUsername: 'ka1',
    title: '果仁坊坚果冬季特价（上海KA）',
    source: 'company',
    storeCodes: ['SH-KA-001', 'SH-KA-002', 'SH-KA-003', 'SH-KA-004', 'SH-KA-006', 'SH-KA-007'],
    skus: ['GR-JG-003', 'GR-JG-004', 'GR-JG-006'],
    startOffset: -21,
    endOffset: -8,
    shelf: { promoType: '特价', priceFactor: 0.85, salesUplift: 1.8 },
    purpose:
      '入冬坚果消费旺季，落实公司坚果品类特价，提升碧根果、腰果、开心果在上海KA门店的动销和陈列。',
    materials: [
      { name: '特价价签', qty: 36 },
      { name: '堆头围板', qty: 6 },
      { name: '试吃杯', qty: 1200 },
    ],
    staffCount: 6,
    estimatedCost: 4200,
    estimatedEffect: '活动期间三款坚果订货量较活动前两周提升40%。',
    steps: [
      { action: 'submit', byUsername: 'ka1' },
      {
        action: 'report',
        byUsername: 'ka1',
        report: {
          actualMaterials: [
            { name: '特价价签', qty: 36 },
            { name: '堆头围板', qty: 5 },
            { name: '试吃杯', qty: 1050 },
          ],
          actualStaff: 6,
          actualCost: 3980,
          actualEffect: '六家门店三款坚果订货量明显提升，碧根果在世纪联丰两店进入坚果类销量前三。',
          issues: '联盛世纪大道店堆头位置偏，试吃效果一般；活动结束后个别门店特价价签未及时撤换。',
          improvementPlan:
            '下次活动提前两周与店方确认堆头位置；活动结束当天安排业务员逐店撤换价签。',
        },
      },
    ],
    expectedStatus: 'completed',
  },
  {
    key: 'store-request-anniversary',
    applicantUsername: 'rep2',
    title: '华申超市莘庄店店庆薯片堆头促销',
    source: 'store_request',
    storeCodes: ['SH-KA-004'],
    skus: ['HL-PH-001', 'HL-PH-004', 'HL-PH-008'],
    startOffset: -9,
    endOffset: 5,
    shelf: { promoType: '店庆特价', priceFactor: 0.9, salesUplift: 1.6 },
    purpose: '配合门店店庆活动，借助店庆客流提升禾乐薯片系列销量，巩固主通道陈列。',
    storeSupport: '店方在店庆期间免费提供主通道堆头一个（14天），并在店庆DM海报上刊登三款薯片。',
    materials: [
      { name: '堆头围板', qty: 1 },
      { name: 'PP挂旗', qty: 10 },
      { name: '特价价签', qty: 6 },
    ],
    staffCount: 1,
    estimatedCost: 2600,
    estimatedEffect: '店庆期间三款薯片订货量较平时提升50%，约多销售300袋。',
    steps: [
      { action: 'submit', byUsername: 'rep2' },
      { action: 'approve', byUsername: 'ka1', note: '同意。注意堆头陈列拍照留档。' },
    ],
    expectedStatus: 'approved',
  },
  {
    key: 'rep-initiated-spicy-tasting',
    applicantUsername: 'rep4',
    title: '文三路、武林两店辣味新品试吃推广',
    source: 'rep_initiated',
    storeCodes: ['HZ-KA-001', 'HZ-KA-002'],
    skus: ['HL-PH-007', 'LX-DG-004', 'LX-DG-001'],
    startOffset: 2,
    endOffset: 15,
    purpose:
      '两店年轻客群对辣味零食接受度高，新品麻辣小龙虾味薯片和魔芋爽试吃后复购明显，申请周末试吃推广扩大新品动销。',
    baselineSales:
      '活动前四周两店三款商品合计每周订货约96袋（麻辣小龙虾味薯片约48袋、魔芋爽约24袋、麻辣豆干约24袋）。',
    materials: [
      { name: '试吃台', qty: 2 },
      { name: '试吃装', qty: 1500 },
      { name: 'PP海报', qty: 8 },
      { name: '赠品（定制零食收纳袋）', qty: 400 },
    ],
    staffCount: 4,
    estimatedCost: 6800,
    estimatedEffect:
      '活动期间两店三款商品每周订货量提升至约180袋，魔芋爽进入门店辣味零食销量前五。',
    steps: [
      { action: 'submit', byUsername: 'rep4' },
      { action: 'approve', byUsername: 'ka2', note: '同意，费用超过5000元，报总经理审批。' },
    ],
    expectedStatus: 'pending_gm',
  },
  {
    key: 'rep-initiated-rejected',
    applicantUsername: 'rep3',
    title: '五角场店膨化零食买一送一',
    source: 'rep_initiated',
    storeCodes: ['SH-KA-007'],
    skus: ['HL-PH-002', 'HL-PH-005', 'HL-PH-006'],
    startOffset: 5,
    endOffset: 18,
    purpose: '竞品在该店做薯片特价，我司番茄味薯片、玉米脆、虾条销量下滑，申请买一送一夺回份额。',
    baselineSales: '近四周三款商品合计每周订货约60袋。',
    materials: [
      { name: '赠品（同款商品）', qty: 300 },
      { name: '活动价签', qty: 6 },
    ],
    staffCount: 1,
    estimatedCost: 1800,
    estimatedEffect: '活动期间三款商品每周订货量恢复至约90袋。',
    steps: [
      { action: 'submit', byUsername: 'rep3' },
      {
        action: 'reject',
        byUsername: 'ka1',
        note: '买一送一力度过大，费用超出本季度该店促销预算，请改为第二件半价后重新申请。',
      },
    ],
    expectedStatus: 'rejected',
  },
  {
    key: 'store-request-draft',
    applicantUsername: 'rep5',
    title: '浙联滨江店年货节坚果礼盒陈列',
    source: 'store_request',
    storeCodes: ['HZ-KA-005'],
    skus: ['GR-JG-007', 'HL-LB-001', 'GR-JG-001'],
    startOffset: 20,
    endOffset: 45,
    purpose: '配合门店年货节，抢占入口年货区陈列，提升礼盒类销售。',
    storeSupport: '店方提供入口年货区端架两组，并在收银台旁允许放置礼盒展示架。',
    materials: [
      { name: '礼盒展示架', qty: 2 },
      { name: '年货节围纸', qty: 4 },
    ],
    staffCount: 1,
    estimatedCost: 3800,
    estimatedEffect: '年货节期间礼盒类订货量较去年同期提升30%。',
    steps: [],
    expectedStatus: 'draft',
  },
];

/** The demo promotions as plain API inputs, dated relative to `today`. */
export function generateDemoPromotions(options: { today: string }): DemoPromotion[] {
  const today = parseDate(options.today);
  return PROMO_PLANS.map((plan) => {
    const promotion: DemoPromotion = {
      key: plan.key,
      applicantUsername: plan.applicantUsername,
      title: plan.title,
      source: plan.source,
      storeCodes: [...plan.storeCodes],
      skus: [...plan.skus],
      startDate: formatDate(today + plan.startOffset),
      endDate: formatDate(today + plan.endOffset),
      purpose: plan.purpose,
      materials: plan.materials.map((m) => ({ ...m })),
      staffCount: plan.staffCount,
      estimatedCost: plan.estimatedCost,
      estimatedEffect: plan.estimatedEffect,
      steps: plan.steps.map((s) => structuredClone(s)),
      expectedStatus: plan.expectedStatus,
    };
    if (plan.storeSupport !== undefined) promotion.storeSupport = plan.storeSupport;
    if (plan.baselineSales !== undefined) promotion.baselineSales = plan.baselineSales;
    return promotion;
  });
}

interface ShelfPromo {
  promoType: string;
  priceFactor: number;
  salesUplift: number;
  start: number;
  end: number;
}

/** Promotions that run on the shelves (approved or completed), per store and SKU. */
function shelfPromos(today: number): Map<string, ShelfPromo[]> {
  const out = new Map<string, ShelfPromo[]>();
  for (const plan of PROMO_PLANS) {
    if (!plan.shelf) continue;
    for (const storeCode of plan.storeCodes) {
      for (const sku of plan.skus) {
        const key = `${storeCode}|${sku}`;
        const list = out.get(key) ?? [];
        list.push({
          ...plan.shelf,
          start: today + plan.startOffset,
          end: today + plan.endOffset,
        });
        out.set(key, list);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Returns
// ---------------------------------------------------------------------------------------

interface ReturnPlan {
  key: string;
  requesterUsername: string;
  storeCode: string;
  sku: string;
  qty: number;
  reason: ReturnReason;
  requestOffset: number;
  productionOffset?: number;
  contentsRemaining?: number;
  contentsTotal?: number;
  notes?: string;
  steps: (today: number) => DemoReturnStep[];
  expectedStatus: DemoReturn['expectedStatus'];
}

const RETURN_PLANS: ReturnPlan[] = [
  {
    // Standard: 6 of 7 sachets left, 6*3 > 7*2 (包装内商品多于2/3).
    key: 'packaging-damage',
    requesterUsername: 'rep2',
    storeCode: 'SH-KA-003',
    sku: 'GR-JG-002',
    qty: 2,
    reason: 'packaging_damage',
    requestOffset: -3,
    productionOffset: -40,
    contentsRemaining: 6,
    contentsTotal: 7,
    notes: '两盒外包装在搬运中压破，每盒各缺一小包，其余完好。',
    steps: () => [
      {
        action: 'execute',
        byUsername: 'ka1',
        refundAmount: toYuan(2 * toFen(demoProduct('GR-JG-002').supplyPrice)),
      },
    ],
    expectedStatus: 'executed',
  },
  {
    // Outside the standard: waits for someone with returns.approve (先请示后执行).
    key: 'non-standard-other',
    requesterUsername: 'rep4',
    storeCode: 'HZ-KA-002',
    sku: 'HL-BG-006',
    qty: 2,
    reason: 'other',
    requestOffset: -1,
    productionOffset: -75,
    notes:
      '店方调整年货陈列，要求退回2罐曲奇礼盒，腾出位置陈列坚果礼盒。超出退货标准，先请示后执行。',
    steps: () => [],
    expectedStatus: 'pending_approval',
  },
  {
    // Standard: the store is closing (门店关门清场).
    key: 'store-closure',
    requesterUsername: 'rep1',
    storeCode: 'SH-RT-002',
    sku: 'HL-PH-002',
    qty: 18,
    reason: 'store_closure',
    requestOffset: -2,
    productionOffset: -50,
    notes: '门店12月底关门，清场退回剩余番茄味薯片。',
    steps: () => [],
    expectedStatus: 'approved',
  },
];

/** The demo return requests as plain API inputs, dated relative to `today`. */
export function generateDemoReturns(options: { today: string }): DemoReturn[] {
  const today = parseDate(options.today);
  return RETURN_PLANS.map((plan) => {
    const request: DemoReturn = {
      key: plan.key,
      requesterUsername: plan.requesterUsername,
      storeCode: plan.storeCode,
      sku: plan.sku,
      qty: plan.qty,
      reason: plan.reason,
      requestDate: formatDate(today + plan.requestOffset),
      steps: plan.steps(today),
      expectedStatus: plan.expectedStatus,
    };
    if (plan.productionOffset !== undefined) {
      request.productionDate = formatDate(today + plan.productionOffset);
    }
    if (plan.contentsRemaining !== undefined) request.contentsRemaining = plan.contentsRemaining;
    if (plan.contentsTotal !== undefined) request.contentsTotal = plan.contentsTotal;
    if (plan.notes !== undefined) request.notes = plan.notes;
    return request;
  });
}

// ---------------------------------------------------------------------------------------
// Assortment: the SKUs a store carries (and the rep counts at every visit)
// ---------------------------------------------------------------------------------------

/** SKUs a store must carry so that the promotions and returns above make sense there. */
function forcedSkus(storeCode: string): string[] {
  const skus = new Set<string>();
  for (const plan of PROMO_PLANS) {
    if (plan.storeCodes.includes(storeCode)) plan.skus.forEach((s) => skus.add(s));
  }
  for (const plan of RETURN_PLANS) {
    if (plan.storeCode === storeCode) skus.add(plan.sku);
  }
  return [...skus];
}

function assortmentSize(store: DemoStore, rng: Rng): number {
  if (store.tier === 'key') return int(rng, 13, 15);
  switch (store.channel) {
    case 'ka':
      return int(rng, 10, 12);
    case 'agent':
    case 'wholesale':
      return int(rng, 9, 12);
    case 'retail':
      return int(rng, 6, 9);
  }
}

/**
 * The SKUs a demo store carries, in catalogue order (the handbook counts stock 按种类，品牌，
 * 口味，价格顺序). Key stores carry every key and new product. 6 to 15 SKUs.
 */
export function demoAssortment(storeCode: string): string[] {
  const store = demoStore(storeCode);
  const rng = rngFor('assortment', storeCode);
  const size = assortmentSize(store, rng);
  const chosen = new Set<string>(forcedSkus(storeCode));
  const small = store.channel === 'retail' || store.channel === 'wholesale';
  if (store.tier === 'key') {
    demoProducts.filter((p) => p.isKey || p.isNew).forEach((p) => chosen.add(p.sku));
  } else {
    const keys = demoProducts.filter((p) => p.isKey && !(small && p.retailPrice > 60));
    shuffle(rng, keys)
      .slice(0, store.channel === 'retail' ? 2 : 3)
      .forEach((p) => chosen.add(p.sku));
  }
  const pool = shuffle(
    rng,
    demoProducts.filter((p) => !chosen.has(p.sku) && !(small && p.retailPrice > 60)),
  );
  for (const p of pool) {
    if (chosen.size >= size) break;
    chosen.add(p.sku);
  }
  return demoProducts.filter((p) => chosen.has(p.sku)).map((p) => p.sku);
}

// ---------------------------------------------------------------------------------------
// Visit schedule
// ---------------------------------------------------------------------------------------

/** Every-other-day patterns (ISO weekdays) for key stores; Saturday only in the morning. */
const KEY_PATTERNS_A: number[][] = [
  [1, 3, 5],
  [1, 3, 6],
  [1, 4, 6],
];
const KEY_PATTERNS_B: number[][] = [
  [2, 4, 6],
  [1, 3, 5],
];

interface StoreRoute {
  /** Base weekdays of a key store, or the one route day of a normal store. */
  days: number[];
}

function storeRoutes(): Map<string, StoreRoute> {
  const routes = new Map<string, StoreRoute>();
  const reps = demoUsers.filter((u) => u.roleCode === 'sales_rep');
  for (const rep of reps) {
    const rng = rngFor('routes', rep.username);
    const stores = demoStores.filter((s) => s.ownerUsername === rep.username);
    const routeDays = shuffle(rng, [1, 2, 3, 4, 5]);
    let keyIndex = 0;
    let normalIndex = 0;
    for (const store of stores) {
      if (store.tier === 'key') {
        const patterns = keyIndex % 2 === 0 ? KEY_PATTERNS_A : KEY_PATTERNS_B;
        routes.set(store.code, { days: [...pick(rng, patterns)] });
        keyIndex++;
      } else {
        routes.set(store.code, { days: [routeDays[normalIndex % 5] as number] });
        normalIndex++;
      }
    }
  }
  return routes;
}

/** The weekdays a store is visited in the week starting on `monday`. */
function weekVisitDays(store: DemoStore, route: StoreRoute, monday: number): number[] {
  const rng = rngFor('week', store.code, formatDate(monday));
  const r = rng();
  if (store.tier === 'key') {
    const base = route.days;
    const [a, , c] = base as [number, number, number];
    if (r < 0.72) return base;
    if (r < 0.82) return [a, a + 1, c]; // adjacent days: frequency ok, spacing not
    if (r < 0.92) {
      const drop = int(rng, 0, 2);
      return base.filter((_, i) => i !== drop); // only twice this week
    }
    const other = pick(rng, [...KEY_PATTERNS_A, ...KEY_PATTERNS_B]);
    return [...other]; // a different every-other-day week
  }
  const missRate = store.status === 'closing' ? 0.45 : 0.12;
  if (r < missRate) return [];
  const day = route.days[0] as number;
  if (r < missRate + 0.1) {
    const shifted = day + (chance(rng, 0.5) ? 1 : -1);
    return [Math.min(5, Math.max(1, shifted))];
  }
  return [day];
}

interface PlannedVisit {
  store: DemoStore;
  day: number;
}

function planVisits(options: DemoGenerationOptions): PlannedVisit[] {
  const { start, end } = windowDays(options);
  const routes = storeRoutes();
  const planned: PlannedVisit[] = [];
  for (const store of demoStores) {
    const route = routes.get(store.code);
    if (!route) continue; // not owned by a rep
    const repStart = parseDate(demoStartDate(demoUser(store.ownerUsername), options.today));
    for (let monday = start; monday <= end; monday += 7) {
      for (const weekday of weekVisitDays(store, route, monday)) {
        const day = monday + weekday - 1;
        if (day < start || day > end || day < repStart) continue;
        planned.push({ store, day });
      }
    }
  }
  return planned;
}

// ---------------------------------------------------------------------------------------
// Store-side simulation: sales, stock, orders
// ---------------------------------------------------------------------------------------

function storeSalesFactor(store: DemoStore): number {
  if (store.status === 'closing') return 0.1;
  switch (store.channel) {
    case 'ka':
      if (store.tier === 'key') return store.profile.floorAreaSqm >= 6000 ? 1 : 0.7;
      return 0.45;
    case 'agent':
      return 6;
    case 'wholesale':
      return 4;
    case 'retail':
      return 0.2;
  }
}

function productSalesFactor(product: DemoProduct): number {
  let f: number;
  if (product.retailPrice < 10) f = 3;
  else if (product.retailPrice < 30) f = 1.5;
  else if (product.retailPrice < 100) f = 0.6;
  else f = 0.25;
  if (product.isKey) f *= 1.5;
  if (product.isNew) f *= 1.2;
  return f;
}

function roundUpToPack(qty: number, packSize: number): number {
  if (qty <= 0) return 0;
  return packSize > 1 ? Math.ceil(qty / packSize) * packSize : qty;
}

/** RULES R1 with the default factor, as the rep would read it off the form. */
function suggestedOrder(
  prevStock: number,
  prevOrder: number,
  currentStock: number,
  packSize: number,
): number {
  const sold = Math.max(0, prevStock + prevOrder - currentStock);
  const raw = Math.ceil(sold * 1.5 - currentStock);
  return roundUpToPack(Math.max(0, raw), packSize);
}

interface ShelfState {
  rate: number;
  stock: number;
  lastOrder: number;
  lastDay: number | null;
  facings: number;
  layer: number;
}

/** A promotion price: retail times the factor, rounded to whole jiao. */
const promoPrice = (retail: number, factor: number): number =>
  toYuan(Math.round((toFen(retail) * factor) / 10) * 10);

const PRICE_SLIPS = [-50, -30, 50, 100]; // fen: an old or wrong price on the shelf

// ---------------------------------------------------------------------------------------
// Notes
// ---------------------------------------------------------------------------------------

const COMPETITOR_NOTES = [
  '竞品“味多滋”薯片本周特价5.9元/袋，占用主通道堆头一个。',
  '竞品“松果派”每日坚果新上750g家庭装，陈列在我司坚果旁边，零售价119元。',
  '竞品“脆乐园”新增两名促销员，周末在门口做试吃。',
  '竞品辣条“辣得跳”货架陈列面由4个增加到8个，挤占我司豆干位置。',
  '竞品“好口福”牛肉干买二送一，活动至月底。',
  '竞品“味多滋”番茄味薯片断货，可以趁机加大我司番茄味陈列。',
  '竞品“松果派”在收银台旁上了挂条，9.9元两包。',
  '竞品“甜蜜蜜”糖果换了新包装，零售价上调1元。',
];

const PROMOTER_NOTES = [
  '导购员小周按时到岗，赠品剩余约30份，需下周补充。',
  '导购员反映顾客对麻辣小龙虾味薯片评价较好，但觉得价格偏高。',
  '导购员周末班次与店方排班冲突，已与店长协调改为周六下午。',
  '导购员号牌已办好，工作态度积极，建议继续保留。',
  '导购员今日请假，试吃台未开，已与店方沟通。',
  '导购员反映竞品促销员在我司堆头前拦截顾客，已向店方主管反映。',
];

const STORE_OPINIONS = [
  '店长希望增加薯片类的端架陈列，要求提供新的PP海报。',
  '课长反映海苔类近期销量下滑，希望公司给予促销支持。',
  '店方要求下次送货时间提前到上午10点前。',
  '店方对我司补货及时表示满意。',
  '店方反映碧根果有两袋包装漏气，要求退换。',
  '店方表示新品蛋黄酥卖得不错，希望增加口味。',
  '老板反映整箱价格比隔壁批发部高，希望价格保护。',
  '店方提出要收取端架陈列费，已表示需向公司请示。',
];

const REP_SUGGESTIONS = [
  '建议下周申请薯片第二件半价活动，消化库存。',
  '建议把坚果礼盒调到入口年货区，迎接元旦春节备货。',
  '建议补充价签，并更换褪色的挂条。',
  '建议将麻辣豆干由底层调整到第三层。',
  '建议与店方沟通增加一个收银台旁挂条位。',
  '建议手撕面包按先进先出调整，临近日期的放前排。',
];

// ---------------------------------------------------------------------------------------
// Visits
// ---------------------------------------------------------------------------------------

/** Move a point `meters` away in a random direction. */
function offsetPoint(
  rng: Rng,
  lat: number,
  lng: number,
  meters: number,
): { lat: number; lng: number } {
  const bearing = rng() * 2 * Math.PI;
  const dLat = (meters * Math.cos(bearing)) / 111_320;
  const dLng = (meters * Math.sin(bearing)) / (111_320 * Math.cos((lat * Math.PI) / 180));
  return { lat: Number((lat + dLat).toFixed(6)), lng: Number((lng + dLng).toFixed(6)) };
}

function visitMinutes(store: DemoStore, rng: Rng): number {
  if (store.channel === 'ka') return store.tier === 'key' ? int(rng, 30, 50) : int(rng, 20, 35);
  if (store.channel === 'retail') return int(rng, 12, 25);
  return int(rng, 20, 40);
}

interface TimedVisit {
  store: DemoStore;
  day: number;
  checkIn: number;
  checkOut: number;
}

/** Lay one rep's visits of one day out between 09:00 and 18:00 (Saturday: mornings). */
function scheduleDay(repUsername: string, day: number, stores: DemoStore[]): TimedVisit[] {
  const rng = rngFor('day', repUsername, formatDate(day));
  const ordered = shuffle(rng, stores);
  const latestOut = isoWeekday(day) === 6 ? 12 * 60 + 30 : 18 * 60;
  // Start in the morning on busy days; on light days the visits may fall anywhere.
  const slack = latestOut - 9 * 60 - ordered.length * 90;
  let cursor = 9 * 60 + int(rng, 0, Math.max(35, Math.min(slack, 300)));
  let lunched = false;
  const out: TimedVisit[] = [];
  ordered.forEach((store, i) => {
    let duration = visitMinutes(store, rng);
    if (!lunched && cursor >= 11 * 60 + 45 && cursor < 14 * 60) {
      cursor += int(rng, 40, 60);
      lunched = true;
    }
    // Keep the day inside office hours however many stops it has.
    const remaining = ordered.length - i;
    const maxStart = latestOut - remaining * 25;
    if (cursor > maxStart) cursor = Math.max(9 * 60, maxStart);
    if (cursor + duration > latestOut) duration = Math.max(10, latestOut - cursor);
    out.push({ store, day, checkIn: cursor, checkOut: cursor + duration });
    cursor += duration + int(rng, 15, 40);
  });
  return out;
}

function productionDateFor(rng: Rng, product: DemoProduct, day: number): string {
  const age = chance(rng, 0.03)
    ? Math.floor(product.shelfLifeDays * (0.6 + rng() * 0.25)) // an old batch at the back
    : int(rng, 5, Math.max(6, Math.min(120, Math.floor(product.shelfLifeDays * 0.4))));
  return formatDate(day - age);
}

/**
 * Four weeks (by default) of store visits up to and including yesterday, sorted by
 * check-in time. Deterministic: the same options always give the same visits.
 */
export function generateDemoVisits(options: DemoGenerationOptions): DemoVisit[] {
  const { today } = windowDays(options);
  const promos = shelfPromos(today);

  // 1. Which store is visited on which day, then at what time.
  const planned = planVisits(options);
  const byRepDay = new Map<string, { rep: string; day: number; stores: DemoStore[] }>();
  for (const p of planned) {
    const key = `${p.store.ownerUsername}|${p.day}`;
    const entry = byRepDay.get(key) ?? { rep: p.store.ownerUsername, day: p.day, stores: [] };
    entry.stores.push(p.store);
    byRepDay.set(key, entry);
  }
  const timed: TimedVisit[] = [];
  for (const { rep, day, stores } of byRepDay.values()) {
    timed.push(...scheduleDay(rep, day, stores));
  }

  // 2. Per store, in date order: what the rep finds on the shelf and orders.
  const visits: DemoVisit[] = [];
  for (const store of demoStores) {
    const storeVisits = timed
      .filter((t) => t.store.code === store.code)
      .sort((a, b) => a.day - b.day);
    if (storeVisits.length === 0) continue;
    const assortment = demoAssortment(store.code);
    const setupRng = rngFor('shelf', store.code);
    const shelves = new Map<string, ShelfState>();
    for (const sku of assortment) {
      const product = demoProduct(sku);
      const rate = storeSalesFactor(store) * productSalesFactor(product) * (0.7 + setupRng() * 0.6);
      const prominent = store.tier === 'key' && (product.isKey || product.isNew);
      // A closing store sits on old stock (which is why it clears out).
      const initialStock =
        store.status === 'closing'
          ? int(setupRng, 30, 40)
          : Math.max(1, Math.round(rate * (4 + setupRng() * 8)));
      shelves.set(sku, {
        rate,
        stock: initialStock,
        lastOrder: 0,
        lastDay: null,
        facings: prominent
          ? int(setupRng, 3, 5)
          : int(setupRng, 1, store.channel === 'retail' ? 3 : 4),
        layer: prominent
          ? int(setupRng, 2, 4)
          : int(setupRng, 1, store.channel === 'retail' ? 4 : 5),
      });
    }

    for (const v of storeVisits) {
      const rng = rngFor('visit', store.code, formatDate(v.day));
      const skipped = new Set<string>();
      if (chance(rng, 0.12) && assortment.length > 7) {
        const n = int(rng, 1, 2);
        for (const sku of shuffle(rng, assortment)) {
          if (skipped.size >= n) break;
          if (!promos.has(`${store.code}|${sku}`)) skipped.add(sku);
        }
      }

      const lines: DemoVisitLine[] = [];
      for (const sku of assortment) {
        if (skipped.has(sku)) continue;
        const product = demoProduct(sku);
        const shelf = shelves.get(sku) as ShelfState;
        const active = (promos.get(`${store.code}|${sku}`) ?? []).find(
          (p) => p.start <= v.day && v.day <= p.end,
        );
        // A promotion that ended in the last few days may still have its tag up.
        const stale = active
          ? undefined
          : (promos.get(`${store.code}|${sku}`) ?? []).find(
              (p) => p.end < v.day && v.day - p.end <= 5 && chance(rng, 0.35),
            );

        // Sales since the previous count (the delivery of the last order arrived meanwhile).
        let stockQty: number;
        let prevStock: number | null = null;
        let prevOrder = 0;
        if (shelf.lastDay === null) {
          stockQty = shelf.stock;
        } else {
          prevStock = shelf.stock;
          prevOrder = shelf.lastOrder;
          const days = v.day - shelf.lastDay;
          const uplift = active ? active.salesUplift : 1;
          const expected = shelf.rate * days * uplift * (0.75 + rng() * 0.5);
          const available = prevStock + prevOrder;
          const sold = Math.min(available, Math.floor(expected + rng()));
          stockQty = available - sold;
          // Now and then the rep finds cartons in the back room (库存不显眼处): stock rose.
          if (chance(rng, 0.015)) stockQty = available + int(rng, 1, 4);
        }

        // The order: mostly what the 1.5x rule suggests.
        let orderQty: number;
        if (prevStock === null) {
          const target = shelf.rate * 10;
          orderQty =
            stockQty < shelf.rate * 7
              ? roundUpToPack(Math.ceil(target - stockQty), product.packSize)
              : 0;
        } else {
          const suggested = suggestedOrder(prevStock, prevOrder, stockQty, product.packSize);
          const r = rng();
          if (stockQty === 0 && suggested === 0) {
            // Out of stock since the last visit: the rule sees no sales, the rep restocks
            // anyway (保证品项齐全，下次拜访时不断货).
            orderQty = roundUpToPack(Math.ceil(shelf.rate * 7), product.packSize);
          } else if (r < 0.8 || stockQty === 0) {
            orderQty = suggested;
          } else if (r < 0.9) {
            orderQty = 0; // the store declined this time (库存过大之类的异议)
          } else {
            orderQty = suggested + product.packSize * (active ? 2 : 1);
          }
        }
        if (store.status === 'closing') orderQty = 0;

        const facings = Math.min(
          6,
          Math.max(1, shelf.facings + (chance(rng, 0.2) ? int(rng, -1, 1) : 0)),
        );
        const promoForTag = active ?? stale;
        let shelfPrice = product.retailPrice;
        if (promoForTag) {
          shelfPrice = promoPrice(product.retailPrice, promoForTag.priceFactor);
        } else if (chance(rng, 0.05)) {
          shelfPrice = toYuan(toFen(product.retailPrice) + pick(rng, PRICE_SLIPS));
        }
        const line: DemoVisitLine = {
          sku,
          shelfPrice,
          priceTagOk:
            shelfPrice === product.retailPrice || promoForTag !== undefined
              ? chance(rng, 0.94)
              : chance(rng, 0.5),
          stockQty,
          facings: promoForTag && store.tier === 'key' ? Math.max(facings, 3) : facings,
          shelfLayer: shelf.layer,
        };
        if (chance(rng, 0.65) && stockQty > 0)
          line.productionDate = productionDateFor(rng, product, v.day);
        if (promoForTag) {
          line.onPromo = true;
          line.promoType = promoForTag.promoType;
          line.promoStart = formatDate(promoForTag.start);
          line.promoEnd = formatDate(promoForTag.end);
        }
        if (orderQty > 0) line.orderQty = orderQty;
        lines.push(line);

        shelf.stock = stockQty;
        shelf.lastOrder = orderQty;
        shelf.lastDay = v.day;
        shelf.facings = facings;
      }

      const outside = chance(rng, 0.05);
      const point = offsetPoint(
        rng,
        store.lat,
        store.lng,
        outside ? int(rng, 220, 900) : int(rng, 3, 90),
      );
      const visit: DemoVisit = {
        storeCode: store.code,
        repUsername: store.ownerUsername,
        checkInAt: shanghaiTimestamp(v.day, v.checkIn),
        checkOutAt: shanghaiTimestamp(v.day, v.checkOut),
        location: { ...point, accuracy: chance(rng, 0.9) ? int(rng, 5, 35) : int(rng, 60, 150) },
        lines,
      };
      const big = store.channel === 'ka';
      if (chance(rng, big ? 0.35 : 0.15)) visit.competitorNotes = pick(rng, COMPETITOR_NOTES);
      if (store.profile.promoterCount > 0 && store.tier === 'key' && chance(rng, 0.25)) {
        visit.promoterNotes = pick(rng, PROMOTER_NOTES);
      }
      if (chance(rng, 0.25)) visit.storeOpinion = pick(rng, STORE_OPINIONS);
      if (chance(rng, 0.2)) visit.repSuggestion = pick(rng, REP_SUGGESTIONS);
      if (chance(rng, 0.92)) visit.signedBy = pick(rng, store.contacts).name;
      visits.push(visit);
    }
  }

  return visits.sort(
    (a, b) =>
      a.checkInAt.localeCompare(b.checkInAt) ||
      a.repUsername.localeCompare(b.repUsername) ||
      a.storeCode.localeCompare(b.storeCode),
  );
}

// ---------------------------------------------------------------------------------------
// Work logs
// ---------------------------------------------------------------------------------------

const VAGUE_LOGS = ['今天跑店，一切正常。', '拜访门店，补货。', '正常工作。'];

const OFFICE_DAY_LOGS = [
  '上午在公司整理月度销售数据，分析各门店条码销量变化；下午与代理商电话沟通回款进度。',
  '参加公司新品培训（蛋黄酥、冻干草莓脆卖点），整理客户资料卡和竞品信息卡。',
  '上午跟进店方总部促销执行单，下午整理退货单据并与仓库核对。',
];

const dayLabel = (day: number): string => {
  const d = formatDate(day);
  return `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
};

/**
 * The reps' daily work logs for the working days (Monday to Friday) of the demo window,
 * written from that day's visits. About one day in twenty is missing and a few are vague
 * (flagged by the manager), so the scorecards have something to deduct.
 */
export function generateDemoWorkLogs(options: DemoGenerationOptions): DemoWorkLog[] {
  const { start, end } = windowDays(options);
  const visits = generateDemoVisits(options);
  const logs: DemoWorkLog[] = [];
  for (const rep of demoUsers.filter((u) => u.roleCode === 'sales_rep')) {
    const repStart = Math.max(start, parseDate(demoStartDate(rep, options.today)));
    const mine = visits.filter((v) => v.repUsername === rep.username);
    for (let day = repStart; day <= end; day++) {
      if (isoWeekday(day) > 5) continue;
      const rng = rngFor('log', rep.username, formatDate(day));
      if (chance(rng, 0.05)) continue; // forgot to write it
      const date = formatDate(day);
      const minutes = chance(rng, 0.85) ? 18 * 60 + int(rng, 5, 55) : 21 * 60 + int(rng, 0, 50);
      const log: DemoWorkLog = {
        username: rep.username,
        date,
        content: '',
        submittedAt: shanghaiTimestamp(day, minutes),
      };
      if (chance(rng, 0.05)) {
        log.content = pick(rng, VAGUE_LOGS);
        if (rep.managerUsername) {
          log.flagVague = {
            byUsername: rep.managerUsername,
            note: '日志过于简单，请写明拜访的门店、订货情况、发现的问题和明日计划。',
          };
        }
        logs.push(log);
        continue;
      }
      const todays = mine.filter((v) => v.checkInAt.startsWith(date));
      if (todays.length === 0) {
        log.content = pick(rng, OFFICE_DAY_LOGS);
        logs.push(log);
        continue;
      }
      const names = todays.map((v) => demoStore(v.storeCode).name);
      let orderLines = 0;
      let orderUnits = 0;
      const problems: string[] = [];
      for (const v of todays) {
        for (const line of v.lines) {
          if (line.orderQty) {
            orderLines++;
            orderUnits += line.orderQty;
          }
        }
        const store = demoStore(v.storeCode);
        const lowFacing = v.lines.find((l) => {
          const p = demoProduct(l.sku);
          return (p.isKey || p.isNew || l.onPromo) && l.facings < 3;
        });
        if (lowFacing) {
          problems.push(
            `${store.name}${demoProduct(lowFacing.sku).name}陈列面不足3个，已与店方沟通调整`,
          );
        }
        const noTag = v.lines.find((l) => !l.priceTagOk);
        if (noTag) problems.push(`${store.name}${demoProduct(noTag.sku).name}价签缺失，已补打价签`);
        if (v.storeOpinion) problems.push(`${store.name}：${v.storeOpinion.replace(/。$/, '')}`);
      }
      const next = mine.filter((v) => v.checkInAt.startsWith(formatDate(day + 1)));
      const parts = [
        `${dayLabel(day)}拜访${todays.length}家门店：${names.join('、')}。`,
        orderLines > 0
          ? `共下单${orderLines}个条码，合计${orderUnits}件。`
          : '各店库存充足，本次未下单。',
        problems.length > 0
          ? `发现问题：${problems.slice(0, 3).join('；')}。`
          : '陈列、价签检查无异常。',
        next.length > 0
          ? `明日计划：拜访${next.map((v) => demoStore(v.storeCode).name).join('、')}。`
          : '明日计划：按周拜访计划执行。',
      ];
      log.content = parts.join('\n');
      logs.push(log);
    }
  }
  return logs.sort((a, b) => a.date.localeCompare(b.date) || a.username.localeCompare(b.username));
}
