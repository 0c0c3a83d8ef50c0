import { toMajor, type Explanation, type Locale } from '@fieldbeat/domain';
import type { PhotoRow, VisitLineRow, VisitRow } from '../../db/repos/visits.js';
import { explained as inShape } from '../../lib/explanation.js';
import type { PhotoKind } from '../../db/schema/photo-kinds.js';
import type { StoredSuggestion } from './stored-suggestion.js';

/**
 * An explanation in the API's one shape (lib/explanation): the sentence in the caller's language,
 * its key and params beside it; in English for webhook payloads and the audit trail (no caller).
 */
const explained = (explanation: Explanation, locale: Locale | null) => inShape(explanation, locale ?? 'en');

export interface PhotoView {
  id: string;
  kind: PhotoKind;
  sha256: string;
  size: number;
  contentType: string;
  duplicateOfVisitId: string | null;
  createdAt: string;
}

export const photoView = (p: PhotoRow, duplicateOfVisitId: string | null): PhotoView => ({
  id: p.id,
  kind: p.kind,
  sha256: p.sha256,
  size: p.size,
  contentType: p.contentType,
  duplicateOfVisitId,
  createdAt: p.createdAt,
});

function lineView(l: VisitLineRow, locale: Locale | null) {
  const { issueDetails = {}, explanation, ...suggestion } = l.suggestion as StoredSuggestion;
  return {
    productId: l.productId,
    shelfPrice: toMajor(l.shelfPriceMinor),
    priceTagOk: l.priceTagOk,
    stockQty: l.stockQty,
    productionDate: l.productionDate,
    shelfLayer: l.shelfLayer,
    facings: l.facings,
    onPromo: l.onPromo,
    promoType: l.promoType,
    promoStart: l.promoStart,
    promoEnd: l.promoEnd,
    orderQty: l.orderQty,
    suggestedOrderQty: l.suggestedOrderQty,
    suggestion: { ...suggestion, ...explained(explanation, locale) },
    issues: l.issues,
    issueDetails: l.issues.map((code) => ({ code, ...explained(issueDetails[code] ?? ({ key: `visit_issue.${code}`, params: {} } as Explanation), locale) })),
  };
}

/**
 * The geofence explanation, rebuilt from the stored distance and issue (the visits table
 * keeps both, not the sentence); the threshold named is the current setting.
 */
function geofenceExplanation(v: VisitRow, geofenceMeters: number): Explanation {
  if (v.distanceMeters === null) {
    return { key: 'geofence.unknown', params: { missing: v.lat === null ? 'visitLocation' : 'storeLocation' } };
  }
  const params = { distanceMeters: v.distanceMeters, geofenceMeters };
  return v.issues.includes('outside_geofence')
    ? { key: 'visit_issue.outside_geofence', params }
    : { key: 'geofence.inside', params };
}

export function visitView(
  v: VisitRow,
  lines: VisitLineRow[],
  photos: PhotoView[],
  opts: { locale: Locale | null; geofenceMeters: number },
) {
  // The signature travels like a photo but is not one (not in photos, not in photoCount); a
  // signature sent again replaces the earlier one for the reader: the latest (ids are time-ordered).
  return {
    ...visitHead(v, opts),
    lines: lines.map((l) => lineView(l, opts.locale)),
    photos: photos.filter((p) => p.kind === 'shelf'),
    signature: photos.filter((p) => p.kind === 'signature').at(-1) ?? null,
  };
}

/** A visit in a list: its head with the numbers of lines and photos instead of them. */
export const visitSummaryView = (v: VisitRow, opts: { locale: Locale | null; geofenceMeters: number }) => ({
  ...visitHead(v, opts),
  lineCount: v.lineCount,
  photoCount: v.photoCount,
});

/** Everything of a visit but its lines and photos. */
function visitHead(v: VisitRow, opts: { locale: Locale | null; geofenceMeters: number }) {
  const geofence = explained(geofenceExplanation(v, opts.geofenceMeters), opts.locale);
  return {
    id: v.id,
    storeId: v.storeId,
    repId: v.repId,
    checkInAt: v.checkInAt,
    checkOutAt: v.checkOutAt,
    visitDate: v.visitDate,
    location: v.lat !== null && v.lng !== null ? { lat: v.lat, lng: v.lng, accuracy: v.accuracy } : null,
    distanceMeters: v.distanceMeters,
    // 重新定位 history, shown under the check-in; the geofence above is the check-in's alone.
    relocations: v.relocations ?? [],
    issues: v.issues,
    // outside_geofence is the only visit-level issue (VISIT_ISSUES); its explanation is the geofence's.
    issueDetails: v.issues.map((code) => ({ code, ...geofence })),
    geofence: { distanceMeters: v.distanceMeters, ...geofence },
    competitorNotes: v.competitorNotes,
    promoterNotes: v.promoterNotes,
    storeOpinion: v.storeOpinion,
    repSuggestion: v.repSuggestion,
    signedBy: v.signedBy,
    createdAt: v.createdAt,
  };
}

export type VisitView = ReturnType<typeof visitView>;
