import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../../lib/hash.js';

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

/** The image type by its magic bytes; the client's Content-Type is never trusted. */
export function sniffImageType(b: Buffer): ImageType | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/**
 * Content-addressed storage under `<dataDir>/photos/<first two hex>/<sha256>`: the same bytes
 * are kept once. Written to a temporary name and renamed, so a crash never leaves half a file
 * under the final name. Returns the path relative to the data directory (what the row stores).
 */
export async function storePhoto(dataDir: string, bytes: Buffer): Promise<{ sha256: string; path: string }> {
  const hash = sha256(bytes);
  const relative = join('photos', hash.slice(0, 2), hash);
  const absolute = join(dataDir, relative);
  const exists = await stat(absolute).then(
    (s) => s.size === bytes.length,
    () => false,
  );
  if (!exists) {
    await mkdir(join(dataDir, 'photos', hash.slice(0, 2)), { recursive: true });
    const temp = `${absolute}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temp, bytes, { flush: true });
    await rename(temp, absolute);
  }
  return { sha256: hash, path: relative };
}

export async function readPhoto(dataDir: string, relative: string): Promise<Buffer | null> {
  try {
    return await readFile(join(dataDir, relative));
  } catch {
    return null;
  }
}
