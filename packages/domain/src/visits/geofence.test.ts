import fc from 'fast-check';
import { EARTH_RADIUS_METERS, geofenceCheck, haversineMeters } from './geofence.js';

const store = { lat: 31.2304, lng: 121.4737 }; // Shanghai
/** A point `meters` north of `p` (along a meridian the haversine distance is R × Δlat exactly). */
const north = (p: { lat: number; lng: number }, meters: number) => ({ lat: p.lat + (meters / EARTH_RADIUS_METERS) * (180 / Math.PI), lng: p.lng });

describe('haversineMeters', () => {
  test('one degree of longitude on the equator is 111195 m', () => {
    expect(haversineMeters({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(111_195.08, 1);
  });

  test('Shanghai to Beijing is about 1067 km', () => {
    expect(haversineMeters(store, { lat: 39.9042, lng: 116.4074 }) / 1000).toBeCloseTo(1067, 0);
  });

  test('refuses impossible coordinates', () => {
    expect(() => haversineMeters({ lat: 91, lng: 0 }, store)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => haversineMeters(store, { lat: 0, lng: Number.NaN })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  const point = fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lng: fc.double({ min: -180, max: 180, noNaN: true }) });
  // Haversine is ill-conditioned near antipodal points: when h ≈ 1 a rounding error of a few
  // ulps in h moves the distance by up to 2R·√(4ε) ≈ 0.3 m (0.23 m seen in a 300k-sample
  // stress run). Irrelevant for a 200 m geofence; it sets the tolerance of a globe-wide property.
  const TOLERANCE_M = 1;
  test('property: symmetric, zero to itself, within half the circumference, triangle inequality', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(Math.abs(haversineMeters(a, b) - haversineMeters(b, a))).toBeLessThan(1e-6);
        expect(haversineMeters(a, a)).toBe(0);
        expect(haversineMeters(a, b)).toBeLessThanOrEqual(Math.PI * EARTH_RADIUS_METERS + TOLERANCE_M);
        expect(haversineMeters(a, c)).toBeLessThanOrEqual(haversineMeters(a, b) + haversineMeters(b, c) + TOLERANCE_M);
      }),
    );
  });
});

describe('geofenceCheck (R3 check-in)', () => {
  test('exactly 200 m is inside, 201 m outside', () => {
    expect(geofenceCheck({ visitLocation: north(store, 200), storeLocation: store, geofenceMeters: 200 })).toMatchObject({
      distanceMeters: 200,
      issues: [],
    });
    expect(geofenceCheck({ visitLocation: north(store, 201), storeLocation: store, geofenceMeters: 200 })).toMatchObject({
      distanceMeters: 201,
      issues: ['outside_geofence'],
    });
  });

  test('the flag agrees with the reported whole metres', () => {
    expect(geofenceCheck({ visitLocation: north(store, 200.4), storeLocation: store, geofenceMeters: 200 }).issues).toEqual([]);
    expect(geofenceCheck({ visitLocation: north(store, 200.6), storeLocation: store, geofenceMeters: 200 }).issues).toEqual([
      'outside_geofence',
    ]);
  });

  test('without a location or store coordinates: no distance, no issue', () => {
    expect(geofenceCheck({ storeLocation: store, geofenceMeters: 200 })).toMatchObject({ distanceMeters: null, issues: [] });
    expect(geofenceCheck({ visitLocation: store, storeLocation: { lat: null, lng: null }, geofenceMeters: 200 })).toMatchObject({
      distanceMeters: null,
      issues: [],
      explanation: { params: { missing: 'storeLocation' } },
    });
  });
});
