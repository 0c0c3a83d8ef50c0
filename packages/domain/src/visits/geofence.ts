import { DomainError } from '../errors/domain-error.js';
import { explain, type Explanation } from '../explanations/explanation.js';
import type { VisitIssue } from '../vocabulary/visit-issues.js';

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** Mean Earth radius (IUGG), metres. */
export const EARTH_RADIUS_METERS = 6_371_008.8;

function requirePoint(p: GeoPoint, path: string): void {
  if (!(Number.isFinite(p.lat) && p.lat >= -90 && p.lat <= 90)) throw DomainError.invalid(`${path}/lat`, 'must be a latitude from -90 to 90');
  if (!(Number.isFinite(p.lng) && p.lng >= -180 && p.lng <= 180)) throw DomainError.invalid(`${path}/lng`, 'must be a longitude from -180 to 180');
}

/** Great-circle distance in metres (haversine formula on a sphere). */
export function haversineMeters(a: GeoPoint, b: GeoPoint): number {
  requirePoint(a, 'a');
  requirePoint(b, 'b');
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  // atan2 rather than asin: asin loses precision near antipodal points, where h is close to 1.
  return 2 * EARTH_RADIUS_METERS * Math.atan2(Math.sqrt(h), Math.sqrt(Math.max(0, 1 - h)));
}

/** A location that may be absent, or a store whose coordinates are not recorded (null lat/lng). */
export type MaybeGeoPoint = { lat?: number | null; lng?: number | null } | null | undefined;

export interface GeofenceResult {
  /** Whole metres; null without a visit location or store coordinates. */
  distanceMeters: number | null;
  issues: VisitIssue[];
  explanation: Explanation;
}

function point(p: MaybeGeoPoint): GeoPoint | null {
  return p && typeof p.lat === 'number' && typeof p.lng === 'number' ? { lat: p.lat, lng: p.lng } : null;
}

/**
 * R3 check-in geofence: the distance is reported, and a visit farther than
 * `geofenceMeters` is flagged `outside_geofence` — recorded, never rejected. The comparison
 * uses the reported (rounded) distance, so what the user sees agrees with the flag.
 */
export function geofenceCheck(input: {
  visitLocation?: MaybeGeoPoint;
  storeLocation?: MaybeGeoPoint;
  geofenceMeters: number;
}): GeofenceResult {
  if (!(Number.isFinite(input.geofenceMeters) && input.geofenceMeters >= 0)) {
    throw DomainError.invalid('geofenceMeters', 'must be a distance ≥ 0');
  }
  const visit = point(input.visitLocation);
  const store = point(input.storeLocation);
  if (!visit || !store) {
    const missing = [!visit && 'visitLocation', !store && 'storeLocation'].filter(Boolean).join(', ');
    return { distanceMeters: null, issues: [], explanation: explain('geofence.unknown', { missing }) };
  }
  const distanceMeters = Math.round(haversineMeters(visit, store));
  const params = { distanceMeters, geofenceMeters: input.geofenceMeters };
  return distanceMeters > input.geofenceMeters
    ? { distanceMeters, issues: ['outside_geofence'], explanation: explain('visit_issue.outside_geofence', params) }
    : { distanceMeters, issues: [], explanation: explain('geofence.inside', params) };
}
