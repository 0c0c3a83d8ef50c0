import { DEFAULT_SCORING, PERMISSIONS } from '@fieldbeat/domain';
import {
  DEMO_PASSWORD,
  demoAssortment,
  demoProducts,
  demoRoles,
  demoStartDate,
  demoStores,
  demoUser,
  demoUsers,
  demoWindow,
  generateDemoPromotions,
  generateDemoReturns,
  generateDemoVisits,
  generateDemoWorkLogs,
  mulberry32,
} from './index.js';
import type { DemoVisit } from './index.js';

const TODAY = '2026-11-26';
const opts = { today: TODAY, weeks: 4 };
const visits = generateDemoVisits(opts);

const catalog = new Set<string>(PERMISSIONS);
const roleByCode = new Map(demoRoles.map((r) => [r.code, r]));
const userByName = new Map(demoUsers.map((u) => [u.username, { ...u, startDate: demoStartDate(u, TODAY) }]));
const storeByCode = new Map(demoStores.map((s) => [s.code, s]));
const productBySku = new Map(demoProducts.map((p) => [p.sku, p]));

const dateOf = (ts: string): string => ts.slice(0, 10);
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const isoWeekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
/** Monday of the ISO week of a date, as YYYY-MM-DD. */
const mondayOf = (date: string): string =>
  new Date((dayNumber(date) - isoWeekday(date) + 1) * 86_400_000).toISOString().slice(0, 10);

function eanValid(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 12).reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}

const hasAtMostTwoDecimals = (n: number): boolean => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;

function haversineMeters(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (d: number): number => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('roles', () => {
  it('have unique lowercase snake codes', () => {
    const codes = demoRoles.map((r) => r.code);
    expect(duplicates(codes)).toEqual([]);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('grant only permissions of the catalogue, without repeats', () => {
    for (const role of demoRoles) {
      for (const p of role.permissions) expect(catalog.has(p)).toBe(true);
      expect(duplicates(role.permissions)).toEqual([]);
    }
  });

  it('report to roles that exist, without cycles', () => {
    for (const role of demoRoles) {
      const seen = new Set<string>([role.code]);
      let next = role.reportsTo;
      while (next) {
        expect(roleByCode.has(next)).toBe(true);
        expect(seen.has(next)).toBe(false);
        seen.add(next);
        next = roleByCode.get(next)?.reportsTo;
      }
    }
  });

  it('include every position the brief and the handbook name', () => {
    for (const code of [
      'general_manager',
      'system_admin',
      'ka_manager',
      'sales_supervisor',
      'sales_rep',
      'key_account_specialist',
      'key_account_supervisor',
      'key_account_director',
      'business_support_supervisor',
      'business_support_staff',
      'tech_support_senior',
      'tech_support_mid',
      'tech_support_junior',
      'business_support_specialist',
      'product_assistant',
      'customer_manager',
      'technical_support_specialist',
      'budget_officer',
      'admin_specialist',
    ]) {
      expect(roleByCode.has(code)).toBe(true);
    }
  });

  it('give the general manager every permission and the admin the admin set', () => {
    expect([...(roleByCode.get('general_manager')?.permissions ?? [])].sort()).toEqual(
      [...PERMISSIONS].sort(),
    );
    expect([...(roleByCode.get('system_admin')?.permissions ?? [])].sort()).toEqual(
      [
        'apiclients.manage',
        'masterdata.manage',
        'reports.read',
        'roles.manage',
        'scores.manage',
        'settings.manage',
        'users.manage',
      ].sort(),
    );
  });

  it('define the sales rep as the handbook does', () => {
    const rep = roleByCode.get('sales_rep');
    expect(rep).toBeDefined();
    if (!rep) return;
    expect(rep.title).toBe('业务员');
    expect(rep.headcount).toBe(8);
    expect(rep.reportsTo).toBe('ka_manager');
    expect([...rep.permissions].sort()).toEqual([
      'promotions.apply',
      'returns.request',
      'visits.log',
    ]);
    // The handbook's numbers, pinned once in the domain's scoring-scheme test.
    expect(rep.scoring).toEqual(DEFAULT_SCORING);
    const duties = rep.duties ?? [];
    const weekly = duties.find((d) => d.cadence?.kind === 'weekly');
    expect(weekly?.cadence).toEqual({ kind: 'weekly', weekday: 6 });
    expect(weekly?.text).toContain('每周六下午');
    expect(duties.find((d) => d.cadence?.kind === 'daily')?.text).toContain('工作日');
    const survey = duties.find((d) => d.cadence?.kind === 'monthly');
    expect(survey?.cadence).toEqual({ kind: 'monthly', workingDay: 2 });
    expect(survey?.scored).toBe(true);
    expect(survey?.text).toContain('市场调查表');
    expect(rep.kpis?.map((k) => k.name)).toEqual(
      expect.arrayContaining(['销售目标完成率', '客户投诉率']),
    );
    expect(rep.authorities).toEqual(expect.arrayContaining(['产品定价权（范围内）', '申诉权']));
    expect(rep.requirements?.join('')).toContain('两年以上销售工作经验');
    expect(rep.workingConditions).toContain('办公室');
  });

  it('give the KA manager the brief permissions', () => {
    expect([...(roleByCode.get('ka_manager')?.permissions ?? [])].sort()).toEqual(
      [
        'promotions.apply',
        'promotions.approve',
        'reports.read',
        'returns.approve',
        'scores.manage',
        'tasks.assign',
        'visits.read_team',
      ].sort(),
    );
  });

  it('carry no web-page artefacts from the source text', () => {
    const text = JSON.stringify(demoRoles);
    const junk = [
      '名人堂',
      '马云',
      '三一办公',
      '篇一',
      '篇五',
      '201X',
      '男生优先',
      '相貌',
      '版本号',
    ];
    expect(junk.filter((j) => text.includes(j))).toEqual([]);
    expect(text).not.toMatch(/(^|[^Oo])ffice/); // "Office" lost its "O" in the source
    for (const role of demoRoles) {
      for (const item of [
        ...(role.duties ?? []).map((d) => d.text),
        ...(role.requirements ?? []),
      ]) {
        expect(item.trim()).toBe(item);
        expect(item).not.toMatch(/^\d+[、.]/); // numbering stripped
        expect(item).not.toMatch(/\s\d+、\s*$/); // no page-break fragments
      }
    }
  });

  it('use only valid cadences', () => {
    for (const role of demoRoles) {
      for (const duty of role.duties ?? []) {
        const c = duty.cadence;
        if (c?.kind === 'weekly') expect(c.weekday >= 1 && c.weekday <= 7).toBe(true);
        if (c?.kind === 'monthly') expect(c.workingDay).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe('people', () => {
  it('have unique usernames, no admin, known roles and managers', () => {
    const names = demoUsers.map((u) => u.username);
    expect(duplicates(names)).toEqual([]);
    expect(names).not.toContain('admin');
    for (const u of userByName.values()) {
      expect(roleByCode.has(u.roleCode)).toBe(true);
      if (u.managerUsername) expect(userByName.has(u.managerUsername)).toBe(true);
      expect(u.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(DEMO_PASSWORD).toBe('fieldbeat-demo');
  });

  it('list managers before their reports (the seeder resolves them in order)', () => {
    const seen = new Set<string>();
    for (const u of demoUsers) {
      if (u.managerUsername) expect(seen.has(u.managerUsername)).toBe(true);
      seen.add(u.username);
    }
  });

  it('form the team the brief describes', () => {
    const gm = userByName.get('gm');
    expect(gm?.roleCode).toBe('general_manager');
    expect(roleByCode.get('general_manager')?.permissions).toContain('promotions.approve_gm');
    expect(userByName.get('ka1')?.managerUsername).toBe('gm');
    expect(userByName.get('ka2')?.managerUsername).toBe('gm');
    const reps = demoUsers.filter((u) => u.roleCode === 'sales_rep');
    expect(reps.map((r) => r.username).sort()).toEqual([
      'rep1',
      'rep2',
      'rep3',
      'rep4',
      'rep5',
      'rep6',
    ]);
    expect(reps.filter((r) => r.managerUsername === 'ka1')).toHaveLength(3);
    expect(reps.filter((r) => r.managerUsername === 'ka2')).toHaveLength(3);
    expect(demoUsers.some((u) => u.roleCode === 'sales_supervisor')).toBe(true);
    expect(demoUsers.some((u) => u.roleCode.startsWith('business_support'))).toBe(true);
    // The newcomer joined on the 9th of this month, or of last month in this month's first nine days.
    const rep6 = demoUser('rep6');
    expect(demoStartDate(rep6, TODAY)).toBe('2026-11-09');
    expect(demoStartDate(rep6, '2026-11-10')).toBe('2026-11-09');
    expect(demoStartDate(rep6, '2026-11-09')).toBe('2026-10-09');
    expect(demoStartDate(rep6, '2027-01-01')).toBe('2026-12-09');
    expect(demoStartDate(rep6, '2026-12-31')).toBe('2026-12-09');
    expect(demoStartDate(demoUser('rep1'), '2027-01-01')).toBe(demoUser('rep1').startDate);
  });
});

describe('stores', () => {
  it('have unique codes and are owned by reps', () => {
    expect(duplicates(demoStores.map((s) => s.code))).toEqual([]);
    for (const s of demoStores) {
      const owner = userByName.get(s.ownerUsername);
      expect(owner?.roleCode).toBe('sales_rep');
      expect(roleByCode.get(owner?.roleCode ?? '')?.permissions).toContain('visits.log');
      expect(s.contacts.length).toBeGreaterThan(0);
    }
  });

  it('are about thirty, of every tier and channel, exactly one closing', () => {
    expect(demoStores.length).toBeGreaterThanOrEqual(25);
    expect(demoStores.filter((s) => s.status === 'closing')).toHaveLength(1);
    expect(new Set(demoStores.map((s) => s.tier))).toEqual(new Set(['key', 'normal']));
    expect(new Set(demoStores.map((s) => s.channel))).toEqual(
      new Set(['ka', 'agent', 'wholesale', 'retail']),
    );
  });

  it('lie in their city', () => {
    for (const s of demoStores) {
      if (s.region === '华东-上海') {
        expect(s.lat).toBeGreaterThan(30.9);
        expect(s.lat).toBeLessThan(31.5);
        expect(s.lng).toBeGreaterThan(121.1);
        expect(s.lng).toBeLessThan(121.9);
        expect(s.address.startsWith('上海市')).toBe(true);
      } else {
        expect(s.region).toBe('华东-杭州');
        expect(s.lat).toBeGreaterThan(30.0);
        expect(s.lat).toBeLessThan(30.5);
        expect(s.lng).toBeGreaterThan(119.9);
        expect(s.lng).toBeLessThan(120.5);
        expect(s.address.startsWith('杭州市')).toBe(true);
      }
      const owner = userByName.get(s.ownerUsername);
      expect(owner?.region).toBe(s.region);
    }
  });

  it('carry 6 to 15 SKUs of the catalogue, key stores all key and new products', () => {
    for (const s of demoStores) {
      const skus = demoAssortment(s.code);
      expect(skus.length).toBeGreaterThanOrEqual(6);
      expect(skus.length).toBeLessThanOrEqual(15);
      expect(duplicates(skus)).toEqual([]);
      for (const sku of skus) expect(productBySku.has(sku)).toBe(true);
      if (s.tier === 'key') {
        for (const p of demoProducts.filter((p) => p.isKey || p.isNew))
          expect(skus).toContain(p.sku);
      }
    }
  });
});

describe('products', () => {
  it('have unique SKUs and valid unique EAN-13 barcodes', () => {
    expect(demoProducts.length).toBeGreaterThanOrEqual(35);
    expect(duplicates(demoProducts.map((p) => p.sku))).toEqual([]);
    expect(duplicates(demoProducts.map((p) => p.barcode))).toEqual([]);
    for (const p of demoProducts) expect(eanValid(p.barcode)).toBe(true);
  });

  it('rejects a wrong check digit (the check itself works)', () => {
    expect(eanValid('6901234567892')).toBe(true);
    expect(eanValid('6901234567891')).toBe(false);
  });

  it('sell above supply price, in exact money', () => {
    for (const p of demoProducts) {
      expect(p.supplyPrice).toBeGreaterThan(0);
      expect(p.supplyPrice).toBeLessThan(p.retailPrice);
      expect(hasAtMostTwoDecimals(p.retailPrice)).toBe(true);
      expect(hasAtMostTwoDecimals(p.supplyPrice)).toBe(true);
      expect(p.shelfLifeDays).toBeGreaterThan(0);
      expect([1, 6, 12, 24]).toContain(p.packSize);
    }
    expect(new Set(demoProducts.map((p) => p.packSize))).toEqual(new Set([1, 6, 12, 24]));
  });

  it('have a few key, a few new, and a clearance window over late November 2026', () => {
    expect(demoProducts.filter((p) => p.isKey).length).toBeGreaterThanOrEqual(3);
    expect(demoProducts.filter((p) => p.isNew).length).toBeGreaterThanOrEqual(3);
    const clearance = demoProducts.filter((p) => p.clearance);
    expect(clearance.length).toBeGreaterThanOrEqual(1);
    expect(clearance.length).toBeLessThanOrEqual(2);
    for (const p of clearance) {
      expect(
        p.clearance && p.clearance.from <= '2026-11-20' && p.clearance.to >= '2026-11-30',
      ).toBe(true);
    }
  });
});

describe('visits', () => {
  const window = demoWindow(opts);

  it('are deterministic', () => {
    expect(generateDemoVisits(opts)).toEqual(visits);
    expect(generateDemoWorkLogs(opts)).toEqual(generateDemoWorkLogs(opts));
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('cover the window up to yesterday, never today or later', () => {
    expect(window).toEqual({ from: '2026-10-26', to: '2026-11-25' });
    expect(visits.length).toBeGreaterThan(150);
    for (const v of visits) {
      expect(dateOf(v.checkInAt) < TODAY).toBe(true);
      expect(dateOf(v.checkInAt) >= window.from).toBe(true);
    }
    expect(visits.some((v) => dateOf(v.checkInAt) === '2026-11-25')).toBe(true);
  });

  it('are made by the owner of the store, not before the rep started, not on Sundays', () => {
    for (const v of visits) {
      const store = storeByCode.get(v.storeCode);
      expect(store?.ownerUsername).toBe(v.repUsername);
      expect(dateOf(v.checkInAt) >= (userByName.get(v.repUsername)?.startDate ?? '')).toBe(true);
      expect(isoWeekday(dateOf(v.checkInAt))).not.toBe(7);
    }
  });

  it('check in and out between 09:00 and 18:00 Shanghai time, in order', () => {
    const tsPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/;
    for (const v of visits) {
      expect(v.checkInAt).toMatch(tsPattern);
      expect(v.checkOutAt).toMatch(tsPattern);
      expect(v.checkInAt.slice(11, 16) >= '09:00').toBe(true);
      expect(v.checkOutAt.slice(11, 16) <= '18:00').toBe(true);
      expect(Date.parse(v.checkOutAt)).toBeGreaterThan(Date.parse(v.checkInAt));
    }
    // A rep is in one store at a time.
    const byRep = new Map<string, DemoVisit[]>();
    for (const v of visits) byRep.set(v.repUsername, [...(byRep.get(v.repUsername) ?? []), v]);
    for (const list of byRep.values()) {
      for (let i = 1; i < list.length; i++) {
        const prev = list[i - 1] as DemoVisit;
        const cur = list[i] as DemoVisit;
        expect(Date.parse(cur.checkInAt)).toBeGreaterThanOrEqual(Date.parse(prev.checkOutAt));
      }
    }
  });

  it('check in near the store, a few outside the 200 m geofence', () => {
    const distances = visits.map((v) => {
      const store = storeByCode.get(v.storeCode);
      if (!store) throw new Error(v.storeCode);
      return haversineMeters(v.location, store);
    });
    const outside = distances.filter((d) => d > 200).length;
    expect(outside).toBeGreaterThan(0);
    expect(outside / distances.length).toBeLessThan(0.12);
    expect(Math.max(...distances)).toBeLessThan(1500);
  });

  it('count 6 to 15 lines of the store assortment with plausible values', () => {
    for (const v of visits) {
      expect(v.lines.length).toBeGreaterThanOrEqual(6);
      expect(v.lines.length).toBeLessThanOrEqual(15);
      const assortment = demoAssortment(v.storeCode);
      expect(duplicates(v.lines.map((l) => l.sku))).toEqual([]);
      for (const line of v.lines) {
        expect(assortment).toContain(line.sku);
        const product = productBySku.get(line.sku);
        if (!product) throw new Error(line.sku);
        expect(Number.isInteger(line.stockQty) && line.stockQty >= 0).toBe(true);
        expect(line.facings >= 1 && line.facings <= 6).toBe(true);
        expect(line.shelfPrice).toBeGreaterThan(0);
        expect(hasAtMostTwoDecimals(line.shelfPrice)).toBe(true);
        if (line.orderQty !== undefined) {
          expect(line.orderQty).toBeGreaterThan(0);
          expect(line.orderQty % product.packSize).toBe(0);
        }
        if (line.productionDate) expect(line.productionDate <= dateOf(v.checkInAt)).toBe(true);
        if (line.onPromo) {
          expect(line.promoType).toBeTruthy();
          expect(line.promoStart && line.promoEnd && line.promoStart <= line.promoEnd).toBe(true);
        }
      }
    }
  });

  it('mostly show retail prices and good tags, with some shelf issues to find', () => {
    const lines = visits.flatMap((v) => v.lines.map((l) => ({ v, l })));
    const offPromo = lines.filter(({ l }) => !l.onPromo);
    const mismatch = offPromo.filter(
      ({ l }) => l.shelfPrice !== productBySku.get(l.sku)?.retailPrice,
    ).length;
    expect(mismatch).toBeGreaterThan(0);
    expect(mismatch / offPromo.length).toBeLessThan(0.1);
    const badTags = lines.filter(({ l }) => !l.priceTagOk).length;
    expect(badTags).toBeGreaterThan(0);
    expect(badTags / lines.length).toBeLessThan(0.15);
    const lowFacings = lines.filter(({ l }) => {
      const p = productBySku.get(l.sku);
      return (p?.isKey || p?.isNew || l.onPromo) && l.facings < 3;
    });
    expect(lowFacings.length).toBeGreaterThan(0);
    const expiredTags = lines.filter(
      ({ v, l }) => l.onPromo && (l.promoEnd ?? '') < dateOf(v.checkInAt),
    );
    expect(expiredTags.length).toBeGreaterThan(0);
    expect(lines.some(({ l }) => l.onPromo)).toBe(true);
  });

  it('give the 1.5x rule history: products counted again with stock sold down and reordered', () => {
    let pairs = 0;
    let soldDown = 0;
    let reorderedAfterSelling = 0;
    for (const store of demoStores) {
      const storeVisits = visits.filter((v) => v.storeCode === store.code);
      const last = new Map<string, { stock: number; order: number }>();
      for (const v of storeVisits) {
        for (const l of v.lines) {
          const prev = last.get(l.sku);
          if (prev) {
            pairs++;
            if (l.stockQty < prev.stock + prev.order) soldDown++;
            if (l.stockQty < prev.stock + prev.order && (l.orderQty ?? 0) > 0)
              reorderedAfterSelling++;
          }
          last.set(l.sku, { stock: l.stockQty, order: l.orderQty ?? 0 });
        }
      }
    }
    expect(pairs).toBeGreaterThan(1000);
    expect(soldDown / pairs).toBeGreaterThan(0.6);
    expect(reorderedAfterSelling).toBeGreaterThan(300);
  });

  it('visit key stores at least 3 days in most full weeks, normal stores in most weeks', () => {
    const lastFullMonday = mondayOf('2026-11-19');
    const keyWeeks: number[] = [];
    const spacingOk: boolean[] = [];
    const normalWeeks: number[] = [];
    for (const store of demoStores) {
      const start = userByName.get(store.ownerUsername)?.startDate ?? '';
      for (let m = dayNumber(window.from); m <= dayNumber(lastFullMonday); m += 7) {
        const monday = new Date(m * 86_400_000).toISOString().slice(0, 10);
        if (monday < mondayOf(start) || (monday === mondayOf(start) && start !== monday)) continue;
        const days = [
          ...new Set(
            visits
              .filter((v) => v.storeCode === store.code && mondayOf(dateOf(v.checkInAt)) === monday)
              .map((v) => dayNumber(dateOf(v.checkInAt))),
          ),
        ].sort((a, b) => a - b);
        if (store.tier === 'key') {
          keyWeeks.push(days.length);
          spacingOk.push(days.every((d, i) => i === 0 || d - (days[i - 1] as number) > 1));
        } else {
          normalWeeks.push(days.length);
        }
      }
    }
    expect(keyWeeks.length).toBeGreaterThan(30);
    const compliant = keyWeeks.filter((n) => n >= 3).length / keyWeeks.length;
    expect(compliant).toBeGreaterThanOrEqual(0.7);
    expect(compliant).toBeLessThan(1); // some non-compliance to report
    expect(spacingOk.filter(Boolean).length / spacingOk.length).toBeGreaterThan(0.6);
    expect(spacingOk.some((ok) => !ok)).toBe(true);
    const visited = normalWeeks.filter((n) => n >= 1).length / normalWeeks.length;
    expect(visited).toBeGreaterThan(0.7);
    expect(visited).toBeLessThan(1);
  });

  it('carry notes and signatures from the store contacts', () => {
    expect(visits.some((v) => v.competitorNotes)).toBe(true);
    expect(visits.some((v) => v.promoterNotes)).toBe(true);
    expect(visits.some((v) => v.storeOpinion)).toBe(true);
    expect(visits.some((v) => v.repSuggestion)).toBe(true);
    for (const v of visits) {
      if (v.signedBy) {
        expect(storeByCode.get(v.storeCode)?.contacts.map((c) => c.name)).toContain(v.signedBy);
      }
    }
  });

  it.each([
    ['2026-12-01', 2],
    ['2027-03-07', 4],
    ['2026-11-10', 6],
  ])('hold the same invariants for today %s and %i weeks', (today, weeks) => {
    const other = generateDemoVisits({ today, weeks });
    const { from } = demoWindow({ today, weeks });
    expect(other.length).toBeGreaterThan(0);
    for (const v of other) {
      const date = dateOf(v.checkInAt);
      expect(date < today && date >= from).toBe(true);
      expect(storeByCode.get(v.storeCode)?.ownerUsername).toBe(v.repUsername);
      expect(date >= (userByName.get(v.repUsername)?.startDate ?? '')).toBe(true);
      expect(v.lines.length >= 6 && v.lines.length <= 15).toBe(true);
      expect(v.checkInAt.slice(11, 16) >= '09:00' && v.checkOutAt.slice(11, 16) <= '18:00').toBe(
        true,
      );
    }
  });

  it('reject a malformed today', () => {
    expect(() => generateDemoVisits({ today: '2026-02-30' })).toThrow();
    expect(() => generateDemoVisits({ today: '26.11.2026' })).toThrow();
    expect(() => generateDemoVisits({ today: TODAY, weeks: 0 })).toThrow();
  });
});

describe('work logs', () => {
  const logs = generateDemoWorkLogs(opts);

  it('are written by reps on working days they were employed, before today', () => {
    expect(logs.length).toBeGreaterThan(80);
    for (const log of logs) {
      const user = userByName.get(log.username);
      expect(user?.roleCode).toBe('sales_rep');
      expect(isoWeekday(log.date)).toBeLessThanOrEqual(5);
      expect(log.date < TODAY).toBe(true);
      expect(log.date >= (user?.startDate ?? '')).toBe(true);
      expect(log.content.length).toBeGreaterThan(0);
      expect(dateOf(log.submittedAt)).toBe(log.date);
      if (log.flagVague) expect(log.flagVague.byUsername).toBe(user?.managerUsername);
    }
    expect(duplicates(logs.map((l) => `${l.username}|${l.date}`))).toEqual([]);
  });

  it('leave some days missing and flag some as vague', () => {
    const rep1Days = logs.filter((l) => l.username === 'rep1').length;
    expect(rep1Days).toBeLessThanOrEqual(23);
    expect(logs.some((l) => l.flagVague)).toBe(true);
  });
});

describe('promotions and returns', () => {
  const promotions = generateDemoPromotions({ today: TODAY });
  const returns = generateDemoReturns({ today: TODAY });

  it('name known stores, products and users, each applicant allowed to apply', () => {
    for (const p of promotions) {
      const applicant = userByName.get(p.applicantUsername);
      const perms = roleByCode.get(applicant?.roleCode ?? '')?.permissions ?? [];
      expect(perms).toContain(p.source === 'company' ? 'promotions.approve' : 'promotions.apply');
      for (const code of p.storeCodes) {
        const store = storeByCode.get(code);
        expect(store).toBeDefined();
        if (applicant?.roleCode === 'sales_rep')
          expect(store?.ownerUsername).toBe(p.applicantUsername);
        for (const sku of p.skus) expect(demoAssortment(code)).toContain(sku);
      }
      for (const sku of p.skus) expect(productBySku.has(sku)).toBe(true);
      expect(p.startDate <= p.endDate).toBe(true);
      expect(hasAtMostTwoDecimals(p.estimatedCost)).toBe(true);
      for (const step of p.steps)
        expect(
          step.byUsername === p.applicantUsername ||
            step.action === 'approve' ||
            step.action === 'reject',
        ).toBe(true);
    }
  });

  it('include a store request, a rep-initiated one above 5000 and a company one', () => {
    const store = promotions.find(
      (p) => p.source === 'store_request' && p.expectedStatus === 'approved',
    );
    expect(store?.storeSupport).toBeTruthy();
    const rep = promotions.find((p) => p.source === 'rep_initiated' && p.estimatedCost > 5000);
    expect(rep?.baselineSales).toBeTruthy();
    expect(rep?.expectedStatus).toBe('pending_gm');
    expect(promotions.some((p) => p.source === 'company')).toBe(true);
    for (const p of promotions.filter((p) => p.source === 'rep_initiated')) {
      expect(p.baselineSales && p.estimatedEffect).toBeTruthy();
    }
  });

  it('nobody approves their own promotion; rejections carry a note', () => {
    for (const p of promotions) {
      for (const step of p.steps) {
        if (step.action === 'approve' || step.action === 'reject') {
          expect(step.byUsername).not.toBe(p.applicantUsername);
          const approver = userByName.get(step.byUsername);
          expect(roleByCode.get(approver?.roleCode ?? '')?.permissions).toContain(
            'promotions.approve',
          );
        }
        if (step.action === 'reject') expect(step.note).toBeTruthy();
      }
    }
  });

  it('returns: a standard packaging damage, a non-standard other, by the store owners', () => {
    for (const r of returns) {
      expect(storeByCode.get(r.storeCode)?.ownerUsername).toBe(r.requesterUsername);
      expect(demoAssortment(r.storeCode)).toContain(r.sku);
      expect(r.requestDate < TODAY).toBe(true);
    }
    // The store had the goods: the last count before the request holds at least the quantity.
    for (const r of returns) {
      const counted = visits
        .filter((v) => v.storeCode === r.storeCode && dateOf(v.checkInAt) <= r.requestDate)
        .flatMap((v) => v.lines.filter((l) => l.sku === r.sku));
      expect(counted.length).toBeGreaterThan(0);
      const last = counted[counted.length - 1];
      expect((last?.stockQty ?? 0) + (last?.orderQty ?? 0)).toBeGreaterThanOrEqual(r.qty);
    }
    const damage = returns.find((r) => r.reason === 'packaging_damage');
    expect(damage).toBeDefined();
    const remaining = damage?.contentsRemaining ?? 0;
    const total = damage?.contentsTotal ?? 0;
    expect(remaining * 3 > total * 2).toBe(true);
    expect(damage?.expectedStatus).not.toBe('pending_approval');
    const other = returns.find((r) => r.reason === 'other');
    expect(other?.expectedStatus).toBe('pending_approval');
    const closure = returns.find((r) => r.reason === 'store_closure');
    if (closure) expect(storeByCode.get(closure.storeCode)?.status).toBe('closing');
  });
});
