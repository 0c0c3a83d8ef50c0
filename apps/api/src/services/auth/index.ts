import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  clearLoginFailures,
  clientScopesNow,
  deleteLoginAttempt,
  getApiClient,
  getRefreshTokenByHash,
  insertRefreshToken,
  loginFailuresSince,
  markRefreshTokenUsed,
  pruneLoginFailures,
  recordLoginAttempt,
  revokeRefreshFamily,
} from '../../db/repos/auth.js';
import { getUser, getUserByUsername, type UserRow } from '../../db/repos/users.js';
import { writeAudit } from '../../db/repos/audit.js';
import { ApiError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { dummyHash, verifySecret } from '../../lib/passwords.js';
import { userView } from '../users/view.js';

const WINDOW_MS = 15 * 60 * 1000;
/** Failures of one username from one source within the window before that source waits the window out. */
const MAX_FAILURES = 10;
/** Failures of one username from all sources within the window before every attempt on it is spaced out. */
const USERNAME_CEILING = 30;
/** The longest spacing the ceiling imposes: it slows a distributed guesser, it never locks the user out. */
const MAX_SPACING_MS = 60 * 1000;
const PRUNE_EVERY_MS = 60 * 1000;
const lastPrune = new WeakMap<object, number>();

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const wrongCredentials = () => new ApiError('UNAUTHORIZED', 'Wrong username or password');

function issueTokens(app: FastifyInstance, user: UserRow, familyId = newId()) {
  const refreshToken = randomBytes(32).toString('base64url');
  const now = Date.now();
  insertRefreshToken(app.db, {
    id: newId(),
    userId: user.id,
    familyId,
    tokenHash: tokenHash(refreshToken),
    expiresAt: new Date(now + app.config.refreshTokenTtlSeconds * 1000).toISOString(),
    createdAt: new Date(now).toISOString(),
  });
  return {
    accessToken: app.jwt.sign({ sub: user.id, typ: 'user' }),
    refreshToken,
    expiresIn: app.config.accessTokenTtlSeconds,
    user: userView(app.db, user),
  };
}

function tooMany(what: string, retryAfterMs: number) {
  const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new ApiError('TOO_MANY_REQUESTS', `Too many failed logins ${what}; retry in ${retryAfter} s`, undefined, {
    'retry-after': String(retryAfter),
  });
}

/**
 * The throttle, checked and counted in one synchronous step before the password hash is awaited,
 * so parallel attempts cannot all pass it: 10 failures of a username from one source within
 * 15 minutes make that source wait the window out; beyond 30 failures of the username from
 * anywhere, each attempt waits for the one before (1 s doubling, at most 60 s). Returns the
 * attempt's row, recorded as a failure until the password proves right.
 */
function countAttempt(app: FastifyInstance, username: string, source: string): number {
  const now = Date.now();
  if (now - (lastPrune.get(app.db) ?? 0) >= PRUNE_EVERY_MS) {
    lastPrune.set(app.db, now);
    pruneLoginFailures(app.db, new Date(now - WINDOW_MS).toISOString()); // older rows count for nothing
  }
  const failures = loginFailuresSince(app.db, username, source, new Date(now - WINDOW_MS).toISOString());
  if (failures.source.count >= MAX_FAILURES && failures.source.oldest) {
    throw tooMany('from this address', Date.parse(failures.source.oldest) + WINDOW_MS - now);
  }
  if (failures.username.count >= USERNAME_CEILING && failures.username.latest) {
    const spacing = Math.min(MAX_SPACING_MS, 1000 * 2 ** (failures.username.count - USERNAME_CEILING));
    const wait = Date.parse(failures.username.latest) + spacing - now;
    if (wait > 0) throw tooMany('for this user', wait);
  }
  return recordLoginAttempt(app.db, { username, source, at: new Date(now).toISOString() });
}

/** Password login from `source` (the client address), throttled by `countAttempt`. */
export async function login(app: FastifyInstance, username: string, password: string, source: string) {
  const attempt = countAttempt(app, username, source);
  const user = getUserByUsername(app.db, username);
  const ok = await verifySecret(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || !user.active) throw wrongCredentials();
  deleteLoginAttempt(app.db, attempt);
  clearLoginFailures(app.db, username, source);
  writeAudit(app.db, { actorId: user.id, actorType: 'user', action: 'login', entity: 'user', entityId: user.id });
  return issueTokens(app, user);
}

/** Rotation: a refresh token works once; presenting a spent one revokes its whole family. */
export function refresh(app: FastifyInstance, presented: string) {
  const now = new Date().toISOString();
  const row = getRefreshTokenByHash(app.db, tokenHash(presented));
  const invalidToken = new ApiError('UNAUTHORIZED', 'The refresh token is not valid');
  if (!row) throw invalidToken;
  if (row.usedAt || row.revokedAt) {
    revokeRefreshFamily(app.db, row.familyId, now);
    throw invalidToken;
  }
  if (row.expiresAt <= now) throw invalidToken;
  const user = getUser(app.db, row.userId);
  if (!user || !user.active) throw invalidToken;
  if (!markRefreshTokenUsed(app.db, row.id, now)) {
    revokeRefreshFamily(app.db, row.familyId, now);
    throw invalidToken;
  }
  return issueTokens(app, user, row.familyId);
}

export function logout(app: FastifyInstance, presented: string): void {
  const row = getRefreshTokenByHash(app.db, tokenHash(presented));
  if (row) revokeRefreshFamily(app.db, row.familyId, new Date().toISOString());
}

export async function clientToken(app: FastifyInstance, clientId: string, secret: string) {
  const client = getApiClient(app.db, clientId);
  const ok = await verifySecret(client?.secretHash ?? (await dummyHash()), secret);
  if (!client || client.revokedAt || !ok) throw new ApiError('UNAUTHORIZED', 'Wrong client credentials');
  return {
    accessToken: app.jwt.sign({ sub: client.clientId, typ: 'client' }),
    expiresIn: app.config.accessTokenTtlSeconds,
    scopes: [...clientScopesNow(app.db, client)].sort(),
  };
}
