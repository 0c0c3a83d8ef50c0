import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { useGeolocation } from './use-geolocation';
import { buildVisitBody, MAX_RELOCATIONS, newVisitDraft, relocateDraft } from './visit-form';

describe('重新定位 keeps the check-in position', () => {
  it('a relocation at the store is added to the history; the visit keeps the check-in 2 km away', () => {
    const draft = newVisitDraft('v1', 's1');
    draft.checkInAt = '2026-11-02T01:00:00.000Z';
    draft.location = { lat: 31.218, lng: 121.5, accuracy: 20 }; // ~2 km north of the store
    relocateDraft(draft, { lat: 31.2, lng: 121.5, accuracy: 8 }, '2026-11-02T01:03:00.000Z');
    relocateDraft(draft, { lat: 31.2001, lng: 121.5, accuracy: 5 }, '2026-11-02T01:04:00.000Z');
    expect(draft.location).toEqual({ lat: 31.218, lng: 121.5, accuracy: 20 });
    expect(draft.checkInAt).toBe('2026-11-02T01:00:00.000Z');
    expect(draft.relocations).toEqual([
      { lat: 31.2, lng: 121.5, accuracy: 8, at: '2026-11-02T01:03:00.000Z' },
      { lat: 31.2001, lng: 121.5, accuracy: 5, at: '2026-11-02T01:04:00.000Z' },
    ]);
    const body = buildVisitBody(draft, '2026-11-02T01:10:00.000Z');
    expect(body.location).toEqual({ lat: 31.218, lng: 121.5, accuracy: 20 });
    // The history is sent with the visit (and replayed from the outbox as this same body).
    expect(body.relocations).toEqual(draft.relocations);
  });

  it('sends at most 20 fixes, the latest, and leaves out a fix the server would refuse', () => {
    const draft = newVisitDraft('v3', 's1');
    draft.checkInAt = '2026-11-02T01:00:00.000Z';
    draft.location = { lat: 31.218, lng: 121.5 };
    for (let i = 1; i <= 25; i++) relocateDraft(draft, { lat: 31.2, lng: 121.5 }, `2026-11-02T01:${String(i).padStart(2, '0')}:00.000Z`);
    expect(draft.relocations).toHaveLength(MAX_RELOCATIONS);
    expect(draft.relocations?.[0]?.at).toBe('2026-11-02T01:06:00.000Z');
    // A phone clock set back: a fix "before" the check-in; a check-out before the last fixes.
    draft.relocations = [{ lat: 31.2, lng: 121.5, at: '2026-11-02T00:59:00.000Z' }, ...(draft.relocations ?? [])];
    const body = buildVisitBody(draft, '2026-11-02T01:20:00.000Z');
    expect(body.relocations?.map((r) => r.at)).toEqual(draft.relocations.slice(1, 16).map((r) => r.at));
    expect(body.relocations?.[0]).toEqual({ lat: 31.2, lng: 121.5, at: '2026-11-02T01:06:00.000Z' });
  });

  it('a visit without relocations sends none', () => {
    const draft = newVisitDraft('v4', 's1');
    draft.checkInAt = '2026-11-02T01:00:00.000Z';
    draft.location = { lat: 31.2, lng: 121.5 };
    expect(buildVisitBody(draft, '2026-11-02T01:10:00.000Z')).not.toHaveProperty('relocations');
  });

  it('after a check-in without location, the first fix becomes the check-in position', () => {
    const draft = newVisitDraft('v2', 's1');
    draft.checkInAt = '2026-11-02T01:00:00.000Z';
    relocateDraft(draft, { lat: 31.2, lng: 121.5 }, '2026-11-02T01:03:00.000Z');
    expect(draft.location).toEqual({ lat: 31.2, lng: 121.5 });
    expect(draft.relocations).toBeUndefined();
  });
});

describe('useGeolocation', () => {
  const original = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
  afterEach(() => {
    if (original) Object.defineProperty(navigator, 'geolocation', original);
    else delete (navigator as { geolocation?: unknown }).geolocation;
  });

  it('a fresh fix (重新定位) asks for maximumAge 0; the check-in accepts a fix up to a minute old', async () => {
    const getCurrentPosition = jest.fn((ok: PositionCallback, _err?: PositionErrorCallback | null, _opts?: PositionOptions) =>
      ok({ coords: { latitude: 31.2, longitude: 121.5, accuracy: 7.6 } } as GeolocationPosition),
    );
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition } });
    const geo = useGeolocation();
    expect(await geo.locate(15000, { fresh: true })).toEqual({ lat: 31.2, lng: 121.5, accuracy: 8 });
    expect(getCurrentPosition.mock.calls[0]?.[2]).toMatchObject({ maximumAge: 0, enableHighAccuracy: true });
    await geo.locate();
    expect(getCurrentPosition.mock.calls[1]?.[2]).toMatchObject({ maximumAge: 60_000 });
  });
});
