import argon2 from 'argon2';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { invalid } from './errors.js';

// OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1 (minimum); we use m=19 MiB, t=3.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 3, parallelism: 1 } as const;

export const hashSecret = (plain: string) => argon2.hash(plain, OPTIONS);

export async function verifySecret(hash: string, plain: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, plain);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so both paths take the same time. */
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hashSecret('fieldbeat-timing-equaliser'));

/** OWASP ASVS 4.0 2.1.1: at least 12 characters (a run of spaces counts as one). */
export const MIN_PASSWORD_LENGTH = 12;
const COMMON = new Set(COMMON_PASSWORDS);

/**
 * Why a password a user chooses is refused, or undefined: only spaces, shorter than 12
 * characters (code points, runs of spaces as one; ASVS 2.1.1, 2.1.4), or one of the common
 * passwords (ASVS 2.1.7, case-insensitive). No composition rules (ASVS 2.1.9).
 */
export function passwordProblem(plain: string): string | undefined {
  if (plain.trim() === '') return 'must not be only spaces';
  const collapsed = plain.replace(/ {2,}/g, ' ');
  if ([...collapsed].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (COMMON.has(collapsed.toLowerCase())) return 'is a commonly used password; choose another';
  return undefined;
}

/** Hashes a password a user chose, refused with 400 naming `path` when it breaks the policy. */
export async function hashPassword(plain: string, path = '/password'): Promise<string> {
  const problem = passwordProblem(plain);
  if (problem) throw invalid(path, problem);
  return hashSecret(plain);
}
