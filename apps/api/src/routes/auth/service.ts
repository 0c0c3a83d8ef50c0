import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  clearLoginFailures,
  getApiClient,
  getRefreshTokenByHash,
  insertRefreshToken,
  loginFailuresSince,
  markRefreshTokenUsed,
  recordLoginFailure,
  revokeRefreshFamily,
} from '../../db/repos/auth.js';
import { getUser, getUserByUsername, type UserRow } from '../../db/repos/users.js';
import { writeAudit } from '../../db/repos/audit.js';
import { ApiError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { dummyHash, verifySecret } from '../../lib/passwords.js';
import { userView } from '../users/view.js';

const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 10;

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

/** Password login, throttled per username: 10 failures in 15 minutes lock it until the window passes. */
export async function login(app: FastifyInstance, username: string, password: string) {
  const now = Date.now();
  const failures = loginFailuresSince(app.db, username, new Date(now - WINDOW_MS).toISOString());
  if (failures.count >= MAX_FAILURES && failures.oldest) {
    const retryAfter = Math.max(1, Math.ceil((Date.parse(failures.oldest) + WINDOW_MS - now) / 1000));
    throw new ApiError('TOO_MANY_REQUESTS', `Too many failed logins; retry in ${retryAfter} s`, undefined, {
      'retry-after': String(retryAfter),
    });
  }
  const user = getUserByUsername(app.db, username);
  const ok = await verifySecret(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || !user.active) {
    recordLoginFailure(app.db, username, new Date().toISOString());
    throw wrongCredentials();
  }
  clearLoginFailures(app.db, username);
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
    scopes: client.scopes,
  };
}
