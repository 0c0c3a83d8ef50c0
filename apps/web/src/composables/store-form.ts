import type { StoreContact, StoreFull } from '../api/types';
import type { StoreInput } from '../api/masterdata';

type Translate = (key: string, named?: Record<string, unknown>) => string;

/** The store profile's fields as the handbook's store file lists them (门店档案); any other key is kept as written. */
export const PROFILE_FIELDS = [
  'tradeArea',
  'businessStatus',
  'floorAreaSqm',
  'businessStructure',
  'staffCount',
  'staffStructure',
  'promoterCount',
  'promoterDistribution',
  'orderingTime',
  'cooperation',
] as const;
const NUMERIC = new Set(['floorAreaSqm', 'staffCount', 'promoterCount']);

export interface StoreDraft {
  code: string;
  name: string;
  address: string;
  lat: string;
  lng: string;
  tier: 'key' | 'normal';
  channel: 'ka' | 'agent' | 'wholesale' | 'retail';
  status: 'active' | 'closing' | 'closed';
  ownerId: string;
  region: string;
  contacts: Required<StoreContact>[];
  profile: { key: string; value: string }[];
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function storeToDraft(s: StoreFull | null): StoreDraft {
  const profile = s?.profile ?? {};
  const known = PROFILE_FIELDS.map((key) => ({ key, value: text(profile[key]) }));
  const extra = Object.entries(profile)
    .filter(([k]) => !(PROFILE_FIELDS as readonly string[]).includes(k))
    .map(([key, value]) => ({ key, value: text(value) }));
  return {
    code: s?.code ?? '',
    name: s?.name ?? '',
    address: text(s?.address),
    lat: text(s?.lat),
    lng: text(s?.lng),
    tier: s?.tier ?? 'normal',
    channel: s?.channel ?? 'retail',
    status: s?.status ?? 'active',
    ownerId: s?.ownerId ?? '',
    region: text(s?.region),
    contacts: (s?.contacts ?? []).map((c) => ({ name: c.name, title: c.title ?? '', phone: c.phone ?? '', notes: c.notes ?? '' })),
    profile: [...known, ...extra],
  };
}

function coordinate(v: string): number | null {
  return v.trim() === '' ? null : Number(v);
}

export function storeErrors(d: StoreDraft, t: Translate): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.code.trim()) e.code = t('errors.required');
  if (!d.name.trim()) e.name = t('errors.required');
  if (!d.ownerId) e.ownerId = t('errors.required');
  const lat = coordinate(d.lat);
  const lng = coordinate(d.lng);
  if (lat !== null && !(Number.isFinite(lat) && lat >= -90 && lat <= 90)) e.lat = t('storesAdmin.latRule');
  if (lng !== null && !(Number.isFinite(lng) && lng >= -180 && lng <= 180)) e.lng = t('storesAdmin.lngRule');
  if ((lat === null) !== (lng === null)) e[lat === null ? 'lat' : 'lng'] = t('storesAdmin.bothCoordinates');
  d.contacts.forEach((c, i) => {
    if (!c.name.trim() && (c.title.trim() || c.phone.trim() || c.notes.trim())) e[`contacts.${i}.name`] = t('errors.required');
  });
  return e;
}

export function draftToStore(d: StoreDraft): StoreInput {
  const profile: Record<string, string | number> = {};
  for (const { key, value } of d.profile) {
    const k = key.trim();
    const v = value.trim();
    if (!k || !v) continue;
    profile[k] = NUMERIC.has(k) && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  }
  return {
    code: d.code.trim(),
    name: d.name.trim(),
    address: d.address.trim() || null,
    lat: coordinate(d.lat),
    lng: coordinate(d.lng),
    tier: d.tier,
    channel: d.channel,
    status: d.status,
    ownerId: d.ownerId,
    region: d.region.trim() || null,
    contacts: d.contacts
      .filter((c) => c.name.trim())
      .map((c) => ({ name: c.name.trim(), ...(c.title.trim() ? { title: c.title.trim() } : {}), ...(c.phone.trim() ? { phone: c.phone.trim() } : {}), ...(c.notes.trim() ? { notes: c.notes.trim() } : {}) })),
    profile,
  };
}
