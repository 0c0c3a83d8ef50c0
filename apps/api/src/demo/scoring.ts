import {
  daysBetween,
  firstDateOfMonth,
  lastDateOfMonth,
  localDate,
  monthOf,
  shiftDate,
  shiftMonth,
  toMinor,
} from '@fieldbeat/domain';
import { connectionOf, type Db, type Tx } from '../db/client.js';
import { getStoreByCode } from '../db/repos/masterdata.js';
import { getSettings } from '../db/repos/organisation.js';
import { systemCaller } from '../lib/caller.js';
import { setCollectionPlan } from '../services/scoring/collection-plans.js';
import { recordCollection } from '../services/scoring/collections.js';
import { decideComplaint, recordComplaint } from '../services/scoring/complaints.js';
import { recordDiscipline } from '../services/scoring/discipline-records.js';
import { completePlannedMarket, planMarket } from '../services/scoring/market-plans.js';
import { schemeInForce, subjectUser } from '../services/scoring/subjects.js';
import { demoStartDate, demoUser } from './people.js';
import { demoPrincipals, fail } from './principals.js';

/*
 * The scorecard inputs a manager records (RULES R4): collection plans and collections (回款),
 * market-development plans (市场开发), customer complaints (客户投诉) and violations (违规违纪),
 * for last month and this month relative to `today`. Money in yuan; a day is a day of the month.
 *
 * Last month, against plan: rep1 105.4 % (+2.5), rep2 90.4 % (−4.5, 8,650 carried into this
 * month), rep3 exactly 100 % (0), rep4 94.9 % (−2.5, 7,700 carried), rep5 111.2 % (+5.5),
 * ka1 98.9 % (−0.5), ka2 104.1 % (+2). rep6 joined this month and has this month only.
 */

type When = 'last' | 'this';

interface PersonPlan {
  username: string;
  /** The month's own collection plan (本月计划回款额), yuan. */
  plan: Record<When, number>;
  /** Collections booked by finance: [day of month, yuan, reference]. */
  collections: Record<When, [number, number, string][]>;
  markets: { when: When; level: 'first' | 'second'; name: string; storeCode?: string; completed?: { when: When; day: number } }[];
  complaints: { when: When; day: number; storeCode?: string; description: string; valid?: boolean }[];
  /** `points` is what the manager would give; it is kept inside the role's range. */
  discipline: { when: When; day: number; points: number; description: string }[];
}

const PEOPLE: PersonPlan[] = [
  {
    username: 'rep1',
    plan: { last: 120_000, this: 120_000 },
    collections: {
      last: [[6, 38_600, 'HK-SH-0612'], [15, 41_250.5, 'HK-SH-0655'], [27, 46_629.5, 'HK-SH-0703']],
      this: [[5, 35_200, 'HK-SH-0741'], [16, 42_800, 'HK-SH-0786']],
    },
    markets: [
      { when: 'last', level: 'first', name: '浦东川沙片区食品经销商（上海川沙永盛商贸）', completed: { when: 'last', day: 21 } },
      { when: 'last', level: 'second', name: '金桥碧云社区团购批发点' },
      { when: 'this', level: 'second', name: '张江高科园区便利店批发网点' },
    ],
    complaints: [
      {
        when: 'last',
        day: 14,
        storeCode: 'SH-KA-001',
        description: '门店反映连续两周未按约定的周二、周五到店补货，坚果礼盒断货三天。',
        valid: true,
      },
      {
        when: 'last',
        day: 22,
        storeCode: 'SH-RT-002',
        description: '店长称促销赠品未送到；经核实赠品已于当日由店员签收，投诉不成立。',
        valid: false,
      },
    ],
    discipline: [{ when: 'last', day: 17, points: 2, description: '周六下午例会无故缺席，未提前向经理请假。' }],
  },
  {
    username: 'rep2',
    plan: { last: 90_000, this: 95_000 },
    collections: {
      last: [[9, 30_000, 'HK-SH-0631'], [20, 27_350, 'HK-SH-0677'], [29, 24_000, 'HK-SH-0712']],
      this: [[7, 28_400, 'HK-SH-0752'], [18, 31_600, 'HK-SH-0790']],
    },
    markets: [
      { when: 'last', level: 'second', name: '徐汇田林批发市场副食品摊位', completed: { when: 'last', day: 16 } },
      { when: 'last', level: 'second', name: '闵行莘庄地铁站商圈便利店批发网点' },
      { when: 'this', level: 'first', name: '松江区食品经销商（上海九亭顺达贸易）', storeCode: 'SH-AG-001' },
    ],
    complaints: [
      {
        when: 'last',
        day: 8,
        storeCode: 'SH-KA-004',
        description: '门店采购投诉订货单数量与实际到货不符；经核对为门店收货时漏点一箱，非业务员责任。',
        valid: false,
      },
      { when: 'this', day: 19, storeCode: 'SH-KA-003', description: '门店反映价签未随新价格及时更换，顾客结账时发生争议。' },
    ],
    discipline: [{ when: 'last', day: 11, points: 3.5, description: '拜访记录的签到位置与门店相距两公里以上，经核实当日未到店，虚报拜访。' }],
  },
  {
    username: 'rep3',
    plan: { last: 60_000, this: 65_000 },
    collections: {
      last: [[10, 25_000, 'HK-SH-0640'], [24, 35_000, 'HK-SH-0695']],
      this: [[12, 20_500, 'HK-SH-0771']],
    },
    markets: [
      { when: 'last', level: 'second', name: '普陀曹杨路副食品批发部', completed: { when: 'last', day: 9 } },
      { when: 'last', level: 'second', name: '杨浦五角场高校超市批发网点', completed: { when: 'last', day: 27 } },
      { when: 'this', level: 'second', name: '虹口四川北路社区超市批发网点' },
    ],
    complaints: [
      {
        when: 'last',
        day: 20,
        storeCode: 'SH-KA-007',
        description: '门店投诉堆头陈列撤场后未清理围板和价签，影响门店正常陈列。',
        valid: true,
      },
    ],
    discipline: [{ when: 'this', day: 10, points: 2.5, description: '工作时间擅自离岗半天，未按拜访计划到店，也未在工作日志中说明。' }],
  },
  {
    username: 'rep4',
    plan: { last: 150_000, this: 150_000 },
    collections: {
      last: [[5, 52_000, 'HK-HZ-0418'], [14, 48_300, 'HK-HZ-0447'], [26, 42_000, 'HK-HZ-0482']],
      this: [[6, 50_800, 'HK-HZ-0506'], [19, 46_200, 'HK-HZ-0539']],
    },
    markets: [
      // Developed three days after the month's end: on last month's card it still counts as not done.
      { when: 'last', level: 'first', name: '余杭区食品经销商（杭州良渚丰源商行）', completed: { when: 'this', day: 3 } },
      { when: 'last', level: 'second', name: '拱墅勾庄农副产品市场批发网点', completed: { when: 'last', day: 19 } },
      { when: 'this', level: 'second', name: '西湖古墩路社区便利店批发网点' },
    ],
    complaints: [
      // Still being looked into: last month's complaint line stays provisional.
      { when: 'last', day: 28, storeCode: 'HZ-KA-002', description: '门店反映退货申请提交后一周无人跟进，过期商品仍在货架上。' },
    ],
    discipline: [{ when: 'last', day: 23, points: 3, description: '未经批准向门店承诺额外的进场费支持，违反费用审批规定。' }],
  },
  {
    username: 'rep5',
    plan: { last: 80_000, this: 85_000 },
    collections: {
      last: [[8, 30_000, 'HK-HZ-0429'], [17, 28_960, 'HK-HZ-0455'], [28, 30_000, 'HK-HZ-0490']],
      this: [[10, 27_600, 'HK-HZ-0518'], [20, 31_400, 'HK-HZ-0544']],
    },
    markets: [
      { when: 'last', level: 'first', name: '滨江区食品经销商（杭州浦沿鑫达食品）', completed: { when: 'last', day: 24 } },
      { when: 'this', level: 'second', name: '上城望江门社区团购批发点', completed: { when: 'this', day: 12 } },
      { when: 'this', level: 'second', name: '江干凯旋路便利店批发网点' },
    ],
    complaints: [
      {
        when: 'this',
        day: 9,
        storeCode: 'HZ-KA-005',
        description: '门店投诉新品试吃活动当天业务员未到场，试吃台无人值守。',
        valid: true,
      },
    ],
    discipline: [{ when: 'this', day: 5, points: 2, description: '进店未按规定穿着工装、佩戴工牌，被门店保安拦下登记。' }],
  },
  {
    username: 'rep6',
    plan: { last: 30_000, this: 30_000 },
    collections: {
      last: [],
      this: [[16, 9_800, 'HK-HZ-0531'], [24, 6_200, 'HK-HZ-0552']],
    },
    markets: [
      { when: 'this', level: 'second', name: '下沙高教园区超市批发网点', completed: { when: 'this', day: 20 } },
      { when: 'this', level: 'second', name: '临平南苑街道副食品批发部' },
    ],
    complaints: [{ when: 'this', day: 23, storeCode: 'HZ-WS-002', description: '批发部老板反映送货时间多次临时变更，未提前电话通知。' }],
    discipline: [{ when: 'this', day: 19, points: 2, description: '未按时参加新员工产品知识培训考核。' }],
  },
  {
    username: 'ka1',
    plan: { last: 300_000, this: 310_000 },
    collections: {
      last: [[12, 150_000, 'HK-SH-0650'], [28, 146_800, 'HK-SH-0708']],
      this: [[13, 160_500, 'HK-SH-0775']],
    },
    markets: [
      { when: 'last', level: 'first', name: '上海嘉定区KA系统新店进场（嘉定新城店）', completed: { when: 'last', day: 26 } },
      { when: 'this', level: 'first', name: '上海宝山区KA系统新店进场（顾村店）' },
    ],
    complaints: [
      {
        when: 'last',
        day: 16,
        storeCode: 'SH-KA-005',
        description: 'KA门店采购投诉年度合同返利未按时结算；经核实为门店财务未及时开票，不属业务责任。',
        valid: false,
      },
    ],
    discipline: [{ when: 'last', day: 25, points: 2.5, description: '未按规定时间上报KA门店月度促销效果评估报告。' }],
  },
  {
    username: 'ka2',
    plan: { last: 280_000, this: 290_000 },
    collections: {
      last: [[11, 140_000, 'HK-HZ-0440'], [27, 151_500, 'HK-HZ-0486']],
      this: [[12, 138_000, 'HK-HZ-0523']],
    },
    markets: [
      { when: 'last', level: 'first', name: '杭州萧山区KA系统新店进场（市心路店）', completed: { when: 'last', day: 18 } },
      { when: 'this', level: 'second', name: '杭州九堡副食品批发市场网点' },
    ],
    complaints: [
      {
        when: 'this',
        day: 6,
        storeCode: 'HZ-KA-004',
        description: '门店投诉季度陈列费用对账单迟迟未确认；经核实对账单已于上月寄出，门店未查收。',
        valid: false,
      },
    ],
    discipline: [{ when: 'this', day: 6, points: 2, description: '费用报销单据不全即提交报销，违反公司费用报销规定。' }],
  },
];

/** A record of the demo plan, with its date resolved (on or before today, on or after the person's start). */
export interface DemoScoring {
  collectionPlans: { username: string; month: string; amount: number }[];
  collections: { username: string; date: string; amount: number; reference: string }[];
  marketPlans: { username: string; month: string; level: 'first' | 'second'; name: string; storeCode?: string; completedDate?: string }[];
  complaints: { username: string; date: string; storeCode?: string; description: string; valid?: boolean }[];
  discipline: { username: string; date: string; points: number; description: string }[];
}

/**
 * The demo's scorecard inputs for last month and this month, relative to `today`: nothing
 * dated after today or before the person started, and no month that ended before they did.
 */
export function generateDemoScoring(options: { today: string }): DemoScoring {
  const { today } = options;
  const months: Record<When, string> = { this: monthOf(today), last: shiftMonth(monthOf(today), -1) };
  const out: DemoScoring = { collectionPlans: [], collections: [], marketPlans: [], complaints: [], discipline: [] };
  for (const person of PEOPLE) {
    const start = demoStartDate(demoUser(person.username), today);
    const worked = (when: When) => lastDateOfMonth(months[when]) >= start && firstDateOfMonth(months[when]) <= today;
    /**
     * The plan's day of the month as a date inside the days the person worked that month
     * (start..today): the month's days 1..n are spread evenly over that window, so a full
     * month keeps its days, and this month's records all lie in its past on any day of it.
     */
    const dateOf = (when: When, day: number) => {
      const first = firstDateOfMonth(months[when]);
      const last = lastDateOfMonth(months[when]);
      const from = start > first ? start : first;
      const to = today < last ? today : last;
      if (from > to) return undefined;
      const days = daysBetween(first, last);
      const offset = Math.round(((Math.min(day, days + 1) - 1) * daysBetween(from, to)) / days);
      return shiftDate(from, offset);
    };
    for (const when of ['last', 'this'] as const) {
      if (!worked(when)) continue;
      out.collectionPlans.push({ username: person.username, month: months[when], amount: person.plan[when] });
      for (const [day, amount, reference] of person.collections[when]) {
        const date = dateOf(when, day);
        if (date) out.collections.push({ username: person.username, date, amount, reference });
      }
    }
    for (const m of person.markets) {
      if (!worked(m.when)) continue;
      const completedDate = m.completed && dateOf(m.completed.when, m.completed.day);
      out.marketPlans.push({
        username: person.username,
        month: months[m.when],
        level: m.level,
        name: m.name,
        ...(m.storeCode ? { storeCode: m.storeCode } : {}),
        ...(completedDate ? { completedDate } : {}),
      });
    }
    for (const c of person.complaints) {
      const date = dateOf(c.when, c.day);
      if (date) out.complaints.push({ username: person.username, date, storeCode: c.storeCode, description: c.description, valid: c.valid });
    }
    for (const d of person.discipline) {
      const date = dateOf(d.when, d.day);
      if (date) out.discipline.push({ username: person.username, date, points: d.points, description: d.description });
    }
  }
  return out;
}


/**
 * Records the demo's scorecard inputs through the scoring service's verbs, the ones the routes
 * call (the subject visible to the recording manager, money, the role's discipline range in force
 * that month, a market plan completed once), each audited as a request is, with the person's
 * manager as the actor. Skipped when any scoring record exists.
 */
export function seedDemoScoring(db: Db, print: (line: string) => void, now: Date = new Date()): void {
  const tables = ['collection_plans', 'collections', 'market_plans', 'complaints', 'discipline_records'];
  if (tables.some((t) => connectionOf(db).prepare(`SELECT 1 FROM ${t} LIMIT 1`).get())) return;
  const today = localDate(now, getSettings(db).settings.timezone);
  const plan = generateDemoScoring({ today });

  const as = demoPrincipals(db);
  const managerOf = (username: string) => as(demoUser(username).managerUsername ?? fail(`manager of ${username}`));
  const storeId = (code: string | undefined) => (code ? (getStoreByCode(db, code)?.id ?? fail(`store ${code}`)) : undefined);

  // One outer transaction (each record is a savepoint inside it): one fsync, not one per record.
  db.transaction((tx: Tx) => {
    for (const p of plan.collectionPlans) {
      setCollectionPlan(tx, systemCaller(managerOf(p.username)), { userId: as(p.username).id, month: p.month }, { amount: p.amount });
    }
    for (const c of plan.collections) {
      recordCollection(tx, systemCaller(managerOf(c.username)), { userId: as(c.username).id, date: c.date, amount: c.amount, reference: c.reference });
    }
    for (const m of plan.marketPlans) {
      const manager = systemCaller(managerOf(m.username));
      const row = planMarket(tx, manager, { userId: as(m.username).id, month: m.month, level: m.level, name: m.name, storeId: storeId(m.storeCode) });
      if (m.completedDate) completePlannedMarket(tx, manager, row.id, { date: m.completedDate });
    }
    for (const c of plan.complaints) {
      const manager = systemCaller(managerOf(c.username));
      const row = recordComplaint(tx, manager, { userId: as(c.username).id, date: c.date, storeId: storeId(c.storeCode), description: c.description });
      if (c.valid !== undefined) decideComplaint(tx, manager, row.id, { valid: c.valid });
    }
    for (const d of plan.discipline) {
      const manager = managerOf(d.username);
      const subject = subjectUser(tx, manager, as(d.username).id);
      // The manager's judgement, kept inside the range of the role's scheme in force that month.
      const scheme = schemeInForce(tx, subject, monthOf(d.date));
      const points = Math.min(scheme.disciplineMax, Math.max(scheme.disciplineMin, Math.round(d.points * 2) / 2));
      recordDiscipline(tx, systemCaller(manager), { userId: subject.id, date: d.date, description: d.description, points });
    }
  });

  const valid = plan.complaints.filter((c) => c.valid === true).length;
  print(
    `Demo scoring: ${plan.collectionPlans.length} collection plans, ${plan.collections.length} collections, ` +
      `${plan.marketPlans.length} market plans, ${plan.complaints.length} complaints (${valid} valid), ` +
      `${plan.discipline.length} discipline records.`,
  );
}

/** A person's planned collections in a month, in minor units (for the tests). */
export function demoCollectedMinor(plan: DemoScoring, username: string, month: string): number {
  return plan.collections.filter((c) => c.username === username && c.date.startsWith(month)).reduce((sum, c) => sum + toMinor(c.amount), 0);
}
