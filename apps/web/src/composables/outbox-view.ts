import type { OutboxError, OutboxItem, OutboxPhoto } from '../offline/outbox';

/** What the sync page needs to name things: the catalogue's store and product names. */
export interface OutboxNames {
  storeName(id: string): string | undefined;
  productName(id: string): string | undefined;
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** A queued record as the rep knows it: what it is, where, when, and what is in it — never its id. */
export interface OutboxItemView {
  kind: string;
  title: string;
  /** The moment the record is about: a visit's check-in, a return's request day (else when it was queued). */
  at: { kind: 'instant'; value: string | number } | { kind: 'date'; value: string };
  details: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Shelf photos and the signature, apart: the signature is not a photo. */
export function photoParts(photos: readonly Pick<OutboxPhoto, 'label' | 'uploaded' | 'error'>[]) {
  const shelf = photos.filter((p) => p.label !== 'signature');
  const signature = photos.filter((p) => p.label === 'signature');
  const waiting = (list: typeof photos) => list.filter((p) => !p.uploaded && !p.error).length;
  return { photos: shelf.length, signed: signature.length > 0, photosPending: waiting(shelf), signaturePending: waiting(signature) > 0 };
}

/**
 * The outbox item in words. The store is named from the catalogue by the body's storeId, then
 * by the name stored when it was queued; an id is never shown (an unknown store reads "门店").
 */
export function describeOutboxItem(
  item: Pick<OutboxItem, 'kind' | 'body' | 'summary' | 'createdAt'> & { photos: readonly Pick<OutboxPhoto, 'label' | 'uploaded' | 'error'>[] },
  names: OutboxNames,
  t: Translate,
): OutboxItemView {
  const body = item.body as Record<string, unknown>;
  const storeId = str(body.storeId);
  const stored = str(item.summary?.title);
  const title = (storeId && names.storeName(storeId)) || (stored && !UUID.test(stored) ? stored : t('outbox.unknownStore'));
  const kind = t(`outbox.kinds.${item.kind}`);
  if (item.kind === 'visit') {
    const checkIn = str(body.checkInAt);
    const lines = Array.isArray(body.lines) ? body.lines.length : 0;
    const p = photoParts(item.photos);
    const details = [t('outbox.lineCount', { n: lines }), t('outbox.photoCount', { n: p.photos })];
    if (p.signed) details.push(t('outbox.signed'));
    return { kind, title, at: checkIn ? { kind: 'instant', value: checkIn } : { kind: 'instant', value: item.createdAt }, details };
  }
  const productId = str(body.productId);
  const product = (productId && names.productName(productId)) || t('outbox.unknownProduct');
  const qty = typeof body.qty === 'number' ? body.qty : null;
  const reason = str(body.reason);
  const details = [qty === null ? product : `${product} × ${qty}`];
  if (reason) details.push(t(`returns.reasons.${reason}`));
  const day = str(body.requestDate);
  return { kind, title, at: day ? { kind: 'date', value: day } : { kind: 'instant', value: item.createdAt }, details };
}

/**
 * Why a record or a file did not go through, in the user's language. A 409 is the same id with
 * another body: the server's detail names the id, so only the explanation is shown; any other detail
 * is shown with the ids taken out.
 */
export function failureReason(e: OutboxError | null, t: Translate): string {
  if (!e) return '';
  if (e.status === 409) return t('outbox.conflict');
  if (e.status === 0) return t('errors.network');
  const known = t(`errors.status.${e.status}`);
  const base = known.startsWith('errors.') ? e.title : known;
  const detail = e.detail?.replace(new RegExp(UUID.source.slice(1, -1), 'gi'), '').replace(/\s{2,}/g, ' ').trim();
  return detail ? `${base} ${detail}` : base;
}

/** A photo that could not be uploaded, named by what it is ("照片 2", "签字"), not by its file name. */
export function photoLabel(photos: readonly Pick<OutboxPhoto, 'label'>[], index: number, t: Translate): string {
  const photo = photos[index];
  if (!photo || photo.label === 'signature') return t('outbox.signature');
  const n = photos.slice(0, index + 1).filter((p) => p.label !== 'signature').length;
  return t('outbox.photoN', { n });
}
