import type { FastifyRequest } from 'fastify';
import { ApiError, invalid } from '../../lib/errors.js';

const FIELD = 'file';

/**
 * The bytes of the one file in the field "file" of a multipart/form-data request. A body the
 * multipart parser cannot read (no or an empty boundary, cut off inside a part, no part at all)
 * is a 400 naming `file`, as the contract says of anything that is not a photo; a file or body over
 * the limits stays 413 (the parser's own errors with that status).
 */
export async function readPhotoUpload(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) throw invalid(`/${FIELD}`, `send multipart/form-data with one file in the field "${FIELD}"`);
  try {
    const file = await request.file();
    if (!file) throw invalid(`/${FIELD}`, 'is required');
    if (file.fieldname !== FIELD) {
      file.file.resume();
      throw invalid(`/${FIELD}`, `the photo goes in the field "${FIELD}", not "${file.fieldname}"`);
    }
    return await file.toBuffer(); // 413 above the limit
  } catch (err) {
    if (err instanceof ApiError || (err as { statusCode?: number }).statusCode === 413) throw err;
    throw invalid(`/${FIELD}`, `is not a readable multipart/form-data body (${(err as Error).message})`);
  }
}
