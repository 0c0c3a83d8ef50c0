import type { Static } from 'typebox';
import {
  displayIssues,
  geofenceCheck,
  instantMs,
  isInstant,
  localDate,
  suggestOrder,
  type Settings,
} from '@fieldbeat/domain';
import type { DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { getProducts, getStore, type ProductRow, type StoreRow } from '../../db/repos/masterdata.js';
import { getSettings } from '../../db/repos/organisation.js';
import { canSee, visibilityOf, type Visibility } from '../../db/repos/visibility.js';
import { getVisit, getVisitLines, insertVisit, previousCounts, type PreviousCount, type VisitLineRow, type VisitRow } from '../../db/repos/visits.js';
import type { StoredRelocation } from '../../db/schema/index.js';
import { enqueueEvent } from '../../db/repos/webhook-outbox.js';
import { ApiError, conflict, forbidden, notFound, type FieldProblem } from '../../lib/errors.js';
import { bodyHash } from '../../lib/hash.js';
import type { Caller } from '../../lib/caller.js';
import { localize, type Locale } from '../../lib/locale.js';
import { newId } from '../../lib/ids.js';
import { requirePermission, type Principal } from '../../lib/principal.js';
import { moneyField } from '../../lib/schemas.js';
import type { StoredSuggestion } from './stored-suggestion.js';
import type { VisitBody, VisitLineBody } from './schemas.js';
import { visitView } from './view.js';

/** A phone's clock may run a little ahead of the server's; beyond this a check-in "in the future" is refused. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Reading visits: reps (their own) and managers (their team's, 拜访 records). */
export const requireVisitReader = (p: Principal) => requirePermission(p, 'visits.log', 'visits.read_team');

/**
 * A visit the caller may read (`requireVisitReader`, 403): visible to whoever sees the rep who
 * made it or the owner of its store (404 otherwise).
 */
export function visibleVisit(db: DbOrTx, caller: Caller, id: string): VisitRow {
  requireVisitReader(caller.principal);
  const vis = visibilityOf(db, caller.principal);
  const visit = getVisit(db, id.toLowerCase());
  if (!visit) throw notFound('visit');
  if (canSee(vis, visit.repId)) return visit;
  const store = getStore(db, visit.storeId);
  if (!store || !canSee(vis, store.ownerId)) throw notFound('visit');
  return visit;
}

/** A visit line as the API takes it: the route's schema is the one definition. */
export type VisitLineInput = Static<typeof VisitLineBody>;

/** A visit as the API takes it (POST /visits, a replayed offline visit, the demo's visits). */
export type VisitInput = Static<typeof VisitBody>;

/** Who logs the visit: the rep (a user id) and what they may see. */
export interface VisitActor {
  id: string;
  visibility: Visibility;
}

export interface PlannedVisit {
  visit: VisitRow;
  lines: VisitLineRow[];
}

/** ISO text with offset, as a UTC instant (`…Z`): stored that way so that text order is time order. */
function utc(text: string, path: string, errors: FieldProblem[]): string | null {
  if (!isInstant(text)) {
    errors.push({ path, message: 'must be an ISO 8601 timestamp with offset' });
    return null;
  }
  return new Date(instantMs(text)).toISOString();
}

/**
 * The relocations' times as UTC instants, checked: each lies between the check-in and the
 * check-out (or now, with the clock skew). A relocation needs a check-in position: without one
 * the first fix is the check-in's (the SPA's relocateDraft), so a history without it is refused.
 */
function relocationInstants(
  input: VisitInput,
  bounds: { checkInAt: string | null; checkOutAt: string | null; latest: number },
  errors: FieldProblem[],
): string[] {
  const relocations = input.relocations ?? [];
  if (relocations.length && !input.location) {
    errors.push({
      path: '/relocations',
      message: { en: 'needs the check-in location: a first fix is the location', 'zh-CN': '需要签到位置：第一次定位即为签到位置' },
    });
  }
  return relocations.map((r, i) => {
    const path = `/relocations/${i}/at`;
    const at = utc(r.at, path, errors);
    if (!at) return '';
    if (bounds.checkInAt && at < bounds.checkInAt) errors.push({ path, message: { en: 'must not be before checkInAt', 'zh-CN': '不能早于签到时间' } });
    else if (bounds.checkOutAt && at > bounds.checkOutAt) errors.push({ path, message: { en: 'must not be after checkOutAt', 'zh-CN': '不能晚于签退时间' } });
    else if (Date.parse(at) > bounds.latest) errors.push({ path, message: { en: 'lies in the future', 'zh-CN': '不能是将来的时间' } });
    return at;
  });
}

function fail(errors: FieldProblem[]): never {
  const list = (locale: Locale) => errors.map((e) => `${e.path} ${localize(e.message, locale)}`).join('; ');
  throw new ApiError('VALIDATION', { en: `The visit is not valid: ${list('en')}`, 'zh-CN': `拜访记录无效：${list('zh-CN')}` }, errors);
}

/**
 * Checks a visit and computes what the rules say about it (R1 per line from the previous
 * count by check-in time, R3 display issues per line, the geofence for the visit), without
 * storing anything: `POST /visits/preview` answers this, `createVisit` stores it.
 */
export function planVisit(db: DbOrTx, actor: VisitActor, input: VisitInput, now: Date): PlannedVisit {
  const errors: FieldProblem[] = [];
  const checkInAt = utc(input.checkInAt, '/checkInAt', errors);
  const checkOutAt = input.checkOutAt === undefined ? null : utc(input.checkOutAt, '/checkOutAt', errors);
  const latest = now.getTime() + CLOCK_SKEW_MS;
  if (checkInAt && Date.parse(checkInAt) > latest) errors.push({ path: '/checkInAt', message: 'lies in the future' });
  if (checkOutAt && Date.parse(checkOutAt) > latest) errors.push({ path: '/checkOutAt', message: 'lies in the future' });
  if (checkInAt && checkOutAt && checkOutAt < checkInAt) {
    errors.push({ path: '/checkOutAt', message: 'must not be before checkInAt' });
  }
  const relocationTimes = relocationInstants(input, { checkInAt, checkOutAt, latest }, errors);
  if (errors.length || !checkInAt) fail(errors);

  const store = getStore(db, input.storeId);
  if (!store || !canSee(actor.visibility, store.ownerId)) throw notFound('store');
  if (store.ownerId !== actor.id) throw forbidden("only the store's owner logs visits for it");

  const seen = new Map<string, number>();
  input.lines.forEach((line, i) => {
    if (seen.has(line.productId)) {
      errors.push({ path: `/lines/${i}/productId`, message: `repeats the product of /lines/${seen.get(line.productId)}` });
    } else seen.set(line.productId, i);
  });
  const products = new Map(getProducts(db, [...seen.keys()]).map((p) => [p.id, p]));
  const shelfPrices = input.lines.map((line, i) => {
    if (!products.has(line.productId) && seen.get(line.productId) === i) {
      errors.push({ path: `/lines/${i}/productId`, message: 'no such product' });
    }
    if (line.promoStart && line.promoEnd && line.promoEnd < line.promoStart) {
      errors.push({ path: `/lines/${i}/promoEnd`, message: 'must not be before promoStart' });
    }
    try {
      return moneyField(`/lines/${i}/shelfPrice`, line.shelfPrice);
    } catch (err) {
      errors.push(...((err as ApiError).errors ?? []));
      return 0;
    }
  });
  if (errors.length) fail(errors);

  const { settings } = getSettings(db);
  const visitDate = localDate(checkInAt, settings.timezone);
  const id = input.id?.toLowerCase() ?? newId(now.getTime());
  const geofence = geofenceCheck({
    visitLocation: input.location,
    storeLocation: { lat: store.lat, lng: store.lng },
    geofenceMeters: settings.geofenceMeters,
  });
  // A relocation's distance is history for the reader: it never takes part in the geofence check.
  const relocations = input.relocations?.length
    ? input.relocations.map(
        (r, i): StoredRelocation => ({
          lat: r.lat,
          lng: r.lng,
          accuracy: r.accuracy ?? null,
          at: relocationTimes[i]!,
          distanceMeters: geofenceCheck({ visitLocation: r, storeLocation: { lat: store.lat, lng: store.lng }, geofenceMeters: settings.geofenceMeters })
            .distanceMeters,
        }),
      )
    : null;
  const previous = previousCounts(db, store.id, [...seen.keys()], checkInAt);
  const lines = input.lines.map((line, i) =>
    planLine({ id, store, checkInAt, visitDate, settings }, line, products.get(line.productId)!, previous.get(line.productId), shelfPrices[i]!, i),
  );
  const visit: VisitRow = {
    id,
    storeId: store.id,
    repId: actor.id,
    checkInAt,
    visitDate,
    checkOutAt,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    accuracy: input.location?.accuracy ?? null,
    distanceMeters: geofence.distanceMeters,
    relocations,
    issues: geofence.issues,
    competitorNotes: input.competitorNotes ?? null,
    promoterNotes: input.promoterNotes ?? null,
    storeOpinion: input.storeOpinion ?? null,
    repSuggestion: input.repSuggestion ?? null,
    signedBy: input.signedBy ?? null,
    bodyHash: bodyHash(input),
    createdAt: now.toISOString(),
    lineCount: lines.length,
    photoCount: 0,
  };
  return { visit, lines };
}

function planLine(
  ctx: { id: string; store: StoreRow; checkInAt: string; visitDate: string; settings: Settings },
  line: VisitLineInput,
  product: ProductRow,
  prev: PreviousCount | undefined,
  shelfPriceMinor: number,
  lineNo: number,
): VisitLineRow {
  const orderQty = line.orderQty ?? 0;
  const suggestion = suggestOrder(prev ? { prevStock: prev.stockQty, prevOrder: prev.orderQty } : null, line.stockQty, {
    factor: ctx.settings.reorderFactor,
    packSize: product.packSize,
  });
  const display = displayIssues(
    { shelfPrice: shelfPriceMinor, priceTagOk: line.priceTagOk, facings: line.facings, onPromo: line.onPromo ?? false, promoEnd: line.promoEnd ?? null },
    { retailPrice: product.retailPriceMinor, isKey: product.isKey, isNew: product.isNew },
    { visitDate: ctx.visitDate, minFacings: ctx.settings.minFacings },
  );
  const stored: StoredSuggestion = {
    ...suggestion,
    previousVisitId: prev?.visitId ?? null,
    previousCheckInAt: prev?.checkInAt ?? null,
    issueDetails: display.details,
  };
  return {
    visitId: ctx.id,
    lineNo,
    productId: product.id,
    storeId: ctx.store.id,
    repId: ctx.store.ownerId,
    visitDate: ctx.visitDate,
    checkInAt: ctx.checkInAt,
    shelfPriceMinor,
    priceTagOk: line.priceTagOk,
    stockQty: line.stockQty,
    productionDate: line.productionDate ?? null,
    shelfLayer: line.shelfLayer === undefined ? null : String(line.shelfLayer),
    facings: line.facings,
    onPromo: line.onPromo ?? false,
    promoType: line.promoType ?? null,
    promoStart: line.promoStart ?? null,
    promoEnd: line.promoEnd ?? null,
    orderQty,
    suggestedOrderQty: suggestion.suggested,
    soldQty: suggestion.sold,
    suggestion: stored,
    issues: display.issues,
  };
}

export interface CreatedVisit {
  /** False when the same id and body were synced before: the stored visit is answered, nothing is written. */
  created: boolean;
  visit: VisitRow;
  lines: VisitLineRow[];
}

/**
 * Stores a visit with its lines, computed suggestions and issues, its audit entry and its
 * `visit.created` event in one transaction. A client id seen before answers the stored
 * visit when the body is the same (an offline phone retrying its sync), else 409.
 */
export function createVisit(
  db: DbOrTx,
  actor: VisitActor & { kind: 'user' | 'client' | 'system' },
  input: VisitInput,
  opts: { now?: Date; requestId?: string } = {},
): CreatedVisit {
  const now = opts.now ?? new Date();
  return db.transaction((tx) => {
    if (input.id) {
      const existing = getVisit(tx, input.id.toLowerCase());
      if (existing) {
        if (existing.repId !== actor.id || existing.bodyHash !== bodyHash(input)) {
          throw conflict(`visit ${input.id} was already synced with a different body`);
        }
        return { created: false, visit: existing, lines: linesOf(tx, existing.id) };
      }
    }
    const planned = planVisit(tx, actor, input, now);
    const visit = insertVisit(tx, planned.visit, planned.lines);
    const view = visitView(visit, planned.lines, [], { locale: null, geofenceMeters: getSettings(tx).settings.geofenceMeters });
    const actorId = actor.kind === 'system' ? null : actor.id;
    writeAudit(tx, {
      actorId,
      actorType: actor.kind,
      action: 'create',
      entity: 'visit',
      entityId: visit.id,
      after: view,
      requestId: opts.requestId,
    });
    enqueueEvent(tx, 'visit.created', view, actorId);
    return { created: true, visit, lines: planned.lines };
  });
}

const linesOf = (db: DbOrTx, visitId: string) => getVisitLines(db, [visitId]);
