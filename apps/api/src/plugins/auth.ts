import fastifyJwt from '@fastify/jwt';
import fp from 'fastify-plugin';
import type { Permission } from '@fieldbeat/domain';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { clientScopesNow, getApiClient } from '../db/repos/auth.js';
import { rolePermissions } from '../db/repos/roles.js';
import { getUser } from '../db/repos/users.js';
import { ApiError } from '../lib/errors.js';
import { userPrincipal, type Principal } from '../lib/principal.js';

export interface AccessClaims {
  sub: string;
  typ: 'user' | 'client';
  scopes?: Permission[];
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
  interface FastifyContextConfig {
    /** Routes reachable without a token (health, login, docs). */
    public?: boolean;
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims;
    user: AccessClaims;
  }
}

const unauthorized = () => new ApiError('UNAUTHORIZED', 'A valid access token is required');

/**
 * An API client sees every user's records (it has no place in the manager chain), so the
 * records of an area are open to it only with a scope of that area, reads included. Without
 * this a client with no scopes could read (and tell apart) every visit, log and scorecard.
 * Master data, reports and platform routes check their own permissions.
 */
const CLIENT_AREA_SCOPES: Record<string, Permission[]> = {
  visits: ['visits.log', 'visits.read_team'],
  promotions: ['promotions.apply', 'promotions.approve', 'promotions.approve_gm', 'reports.read'],
  returns: ['returns.request', 'returns.approve'],
  tasks: ['tasks.assign'],
  users: ['users.manage'],
  'work-logs': ['scores.manage', 'reports.read'],
  'market-surveys': ['scores.manage', 'reports.read'],
  'market-plans': ['scores.manage', 'reports.read'],
  complaints: ['scores.manage', 'reports.read'],
  collections: ['scores.manage', 'reports.read'],
  'collection-plans': ['scores.manage', 'reports.read'],
  'discipline-records': ['scores.manage', 'reports.read'],
  scorecards: ['scores.manage', 'reports.read'],
};

/**
 * Verifies the bearer token on every non-public route (HS256 only) and loads the
 * caller afresh, so a deactivated user or a revoked client is locked out at once.
 */
export default fp<{ config: Config; db: Db }>(async (app, { config, db }) => {
  await app.register(fastifyJwt, {
    secret: config.jwtSecret,
    sign: { algorithm: 'HS256', expiresIn: config.accessTokenTtlSeconds },
    verify: { algorithms: ['HS256'] },
  });
  // Set by the hook below on every authenticated route.
  (app.decorateRequest as (name: string, value: null) => void)('principal', null);

  app.addHook('onRequest', async (request) => {
    // Only the API is guarded; the SPA's files and the docs UI are public, as are routes marked so.
    const route = request.routeOptions.url;
    if (!route?.startsWith('/api/v1/') || request.routeOptions.config?.public) return;
    let claims: AccessClaims;
    try {
      claims = await request.jwtVerify<AccessClaims>();
    } catch {
      throw unauthorized();
    }
    if (claims.typ === 'user') {
      const user = getUser(db, claims.sub);
      if (!user || !user.active) throw unauthorized();
      request.principal = userPrincipal(user, rolePermissions(db, user.roleCode));
    } else if (claims.typ === 'client') {
      const client = getApiClient(db, claims.sub);
      if (!client || client.revokedAt) throw unauthorized();
      // A client token carries only the client's scopes as they are now, within its creator's.
      const scopes = clientScopesNow(db, client);
      const needed = CLIENT_AREA_SCOPES[route.split('/')[3] ?? ''];
      if (needed && !needed.some((s) => scopes.has(s))) {
        throw new ApiError('FORBIDDEN', `an API client needs the scope ${needed.join(' or ')} here`);
      }
      request.principal = { kind: 'client', id: client.clientId, permissions: scopes };
    } else {
      throw unauthorized();
    }
  });
});
