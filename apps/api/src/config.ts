import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Everything the server reads from its environment, validated once at start. */
export interface Config {
  port: number;
  host: string;
  databasePath: string;
  dataDir: string;
  jwtSecret: string;
  adminUsername: string;
  adminPassword: string | undefined;
  demoData: boolean;
  corsOrigins: string[];
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  bodyLimitBytes: number;
  photoMaxBytes: number;
  webDistDir: string | undefined;
  logLevel: string;
  /**
   * API requests per minute per signed-in user or client; 0 turns the limiter off (tests and
   * the benchmark do; login throttling stays).
   */
  rateLimitPerMinute: number;
  /** API requests per minute per address without a valid token (login, refresh, health). */
  rateLimitAnonymousPerMinute: number;
  /** How long requests in flight get after SIGTERM/SIGINT before the process exits anyway. */
  shutdownGraceSeconds: number;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${key} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

/** The JWT secret: JWT_SECRET, or one generated once and kept beside the database. */
function jwtSecret(env: NodeJS.ProcessEnv, dataDir: string): string {
  const given = env.JWT_SECRET;
  if (given) {
    if (given.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
    return given;
  }
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databasePath = resolve(env.DATABASE_PATH || 'data/app.db');
  const dataDir = dirname(databasePath);
  mkdirSync(dataDir, { recursive: true });
  const webDist = env.WEB_DIST_DIR ?? resolve(import.meta.dirname, '../../web/dist');
  return {
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databasePath,
    dataDir,
    jwtSecret: jwtSecret(env, dataDir),
    adminUsername: env.ADMIN_USERNAME || 'admin',
    adminPassword: env.ADMIN_PASSWORD || undefined,
    demoData: env.DEMO_DATA === '1' || env.DEMO_DATA === 'true',
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
    refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 86400, 60, 365 * 86400),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 50 * 1024 * 1024),
    photoMaxBytes: int(env, 'PHOTO_MAX_BYTES', 5 * 1024 * 1024, 1024, 50 * 1024 * 1024),
    webDistDir: existsSync(join(webDist, 'index.html')) ? webDist : undefined,
    logLevel: env.LOG_LEVEL || 'info',
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    rateLimitAnonymousPerMinute: int(env, 'RATE_LIMIT_ANONYMOUS_PER_MINUTE', 1200, 1, 1_000_000),
    shutdownGraceSeconds: int(env, 'SHUTDOWN_GRACE_SECONDS', 10, 1, 600),
  };
}
