import { randomBytes, randomUUID } from 'node:crypto';

/** A visit line with sensible defaults (retail price 9.9 as seedOrg's products, tag ok, 3 facings). */
export function line(productId: string, overrides: Record<string, unknown> = {}) {
  return { productId, shelfPrice: 9.9, priceTagOk: true, stockQty: 10, facings: 3, ...overrides };
}

export function visitBody(storeId: string, checkInAt: string, lines: object[], extra: Record<string, unknown> = {}) {
  return { storeId, checkInAt, lines, ...extra };
}

/** An instant `days` days before now, at the given UTC hour (the date part is what tests care about). */
export function daysAgo(days: number, hourUtc = 2): string {
  const d = new Date(Date.now() - days * 86_400_000);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d.toISOString();
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Bytes that start like a PNG (the server recognises images by their magic bytes). */
export function pngBytes(size = 256): Buffer {
  return Buffer.concat([PNG_MAGIC, randomBytes(Math.max(0, size - PNG_MAGIC.length))]);
}

export function jpegBytes(size = 256): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);
}

export function webpBytes(size = 256): Buffer {
  const b = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBP'), randomBytes(size - 12)]);
  return b;
}

/** A multipart/form-data body with one file part. */
export function multipart(bytes: Buffer, opts: { field?: string; filename?: string; contentType?: string } = {}) {
  const boundary = `----fieldbeat${randomUUID()}`;
  const head =
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="${opts.field ?? 'file'}"; filename="${opts.filename ?? 'shelf.png'}"\r\n` +
    `Content-Type: ${opts.contentType ?? 'image/png'}\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** The field paths named by a problem+json validation answer. */
export const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);
