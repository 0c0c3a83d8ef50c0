import type { Db, DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { duplicateOfVisit, findPhotoOnVisit, getPhoto, insertPhoto } from '../../db/repos/visits.js';
import type { PhotoKind } from '../../db/schema/photo-kinds.js';
import type { Caller } from '../../lib/caller.js';
import { invalid, notFound } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { actorOf } from '../../lib/principal.js';
import { visibleVisit } from './index.js';
import { readPhoto, sniffImageType, storePhoto } from './photo-store.js';
import { photoView, type PhotoView } from './view.js';

/**
 * A visit's photos: a shelf photo or the store's signature, stored by content hash under the
 * data directory (photo-store.ts), one row per visit and bytes, audited.
 */

export interface PhotoUpload {
  visitId: string;
  /** shelf (the default) or signature. */
  kind?: PhotoKind;
  /**
   * The uploaded bytes, read only once the caller may add to the visit: the route's reader of the
   * request body, with its own refusals (400 for a body that is not one file, 413 above the limit).
   */
  bytes: () => Promise<Buffer>;
}

/**
 * Adds a photo to a visit the caller may read (403, 404 before the upload is read): JPEG, PNG or
 * WebP by its bytes (400 otherwise), stored by its hash, then the row and its audit entry in one
 * transaction. The same bytes posted again for the same visit (a retried upload) are the same
 * photo: looked up in that transaction, nothing written. Answers the photo's view, with the visit
 * that first held the same bytes.
 */
export async function addVisitPhoto(db: Db, caller: Caller, input: PhotoUpload, dataDir: string): Promise<PhotoView> {
  const { principal } = caller;
  const visit = visibleVisit(db, caller, input.visitId);
  const bytes = await input.bytes();
  const contentType = sniffImageType(bytes);
  if (!contentType) throw invalid('/file', 'must be a JPEG, PNG or WebP image');
  const stored = await storePhoto(dataDir, bytes);

  const photo = db.transaction((tx) => {
    const again = findPhotoOnVisit(tx, visit.id, stored.sha256);
    if (again) return again;
    const row = insertPhoto(tx, {
      id: newId(),
      visitId: visit.id,
      kind: input.kind ?? 'shelf',
      sha256: stored.sha256,
      size: bytes.length,
      contentType,
      path: stored.path,
      createdBy: principal.id,
      createdAt: new Date().toISOString(),
    });
    writeAudit(tx, { ...actorOf(principal), action: 'create', entity: 'photo', entityId: row.id, after: row, requestId: caller.requestId });
    return row;
  });
  return photoView(photo, duplicateOfVisit(db, photo.sha256, photo.visitId, photo.id));
}

export interface StoredPhoto {
  bytes: Buffer;
  contentType: string;
  sha256: string;
}

/** The bytes of a photo of a visit the caller may read (404 when the photo or its file is gone). */
export async function visitPhoto(db: DbOrTx, caller: Caller, key: { visitId: string; photoId: string }, dataDir: string): Promise<StoredPhoto> {
  const visit = visibleVisit(db, caller, key.visitId);
  const photo = getPhoto(db, visit.id, key.photoId);
  if (!photo) throw notFound('photo');
  const bytes = await readPhoto(dataDir, photo.path);
  if (!bytes) throw notFound('photo');
  return { bytes, contentType: photo.contentType, sha256: photo.sha256 };
}
