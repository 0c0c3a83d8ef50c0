import { haversineMeters } from '@fieldbeat/domain';

export interface RouteStop {
  storeId: string;
  tier: 'key' | 'normal';
  name: string;
  lat?: number | null;
  lng?: number | null;
}

/**
 * Orders the day's stores for driving: key stores first (they carry the frequency rule), each
 * group by nearest neighbour from where the rep stands; stores without coordinates follow
 * their group in name order.
 */
export function orderForRoute<T extends RouteStop>(stops: T[], start?: { lat: number; lng: number } | null): T[] {
  const result: T[] = [];
  let here = start ?? null;
  for (const tier of ['key', 'normal'] as const) {
    const group = stops.filter((s) => s.tier === tier);
    const located = group.filter((s) => typeof s.lat === 'number' && typeof s.lng === 'number');
    const unlocated = group
      .filter((s) => !(typeof s.lat === 'number' && typeof s.lng === 'number'))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (!here) {
      result.push(...located.sort((a, b) => a.name.localeCompare(b.name)), ...unlocated);
      continue;
    }
    const left = [...located];
    while (left.length > 0) {
      let best = 0;
      let bestD = Infinity;
      left.forEach((s, i) => {
        const d = haversineMeters(here!, { lat: s.lat!, lng: s.lng! });
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      });
      const [next] = left.splice(best, 1);
      result.push(next!);
      here = { lat: next!.lat!, lng: next!.lng! };
    }
    result.push(...unlocated);
  }
  return result;
}
