import { orderForRoute } from './route-order';

describe('orderForRoute', () => {
  const stops = [
    { storeId: 'far-key', tier: 'key' as const, name: 'B', lat: 31.3, lng: 121.5 },
    { storeId: 'near-normal', tier: 'normal' as const, name: 'A', lat: 31.2001, lng: 121.5 },
    { storeId: 'near-key', tier: 'key' as const, name: 'C', lat: 31.21, lng: 121.5 },
    { storeId: 'no-coords', tier: 'key' as const, name: 'A0' },
  ];

  it('visits key stores first, nearest first from where the rep stands', () => {
    const order = orderForRoute(stops, { lat: 31.2, lng: 121.5 }).map((s) => s.storeId);
    expect(order).toEqual(['near-key', 'far-key', 'no-coords', 'near-normal']);
  });

  it('falls back to names without a position', () => {
    expect(orderForRoute(stops, null).map((s) => s.storeId)).toEqual(['far-key', 'near-key', 'no-coords', 'near-normal']);
  });
});
