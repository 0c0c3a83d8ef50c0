import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAjvFormats, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.js';
import { connectionOf, openDatabase, type Db } from './db/client.js';
import { dutyTaskTimer } from './jobs/duty-tasks.js';
import authPlugin from './plugins/auth.js';
import { registerErrorHandling, sendBadUrl, sendNoRoute } from './plugins/errors.js';
import idempotencyPlugin from './plugins/idempotency.js';
import securityPlugin from './plugins/security.js';
import spaPlugin from './plugins/spa.js';
import swaggerPlugin from './plugins/swagger.js';
import { validatorCompiler } from './plugins/validation.js';
import webhooksPlugin from './plugins/webhooks.js';
import apiRoutes from './routes/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
  }
}

registerAjvFormats();

export interface BuildOptions {
  /** An already opened database (tests share one between app instances to simulate restarts). */
  db?: Db;
  logger?: boolean;
}

/** Builds the whole service; `server.ts` only listens. Tests build it too. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: {
              paths: [
                'req.headers.authorization',
                'req.headers.cookie',
                'req.body.password',
                'req.body.clientSecret',
                'req.body.refreshToken',
              ],
              censor: '[redacted]',
            },
          },
    bodyLimit: config.bodyLimitBytes,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: false,
    routerOptions: { ignoreTrailingSlash: true },
    // Errors the router raises before any route runs (a malformed URL, a path parameter over
    // 100 characters) answer problem+json like every other error, not Fastify's own JSON.
    frameworkErrors: (error, request, reply) => {
      sendBadUrl(request, reply, error.code === 'FST_ERR_MAX_PARAM_LENGTH');
    },
  })
    .setValidatorCompiler(validatorCompiler)
    .withTypeProvider<TypeBoxTypeProvider>();

  const db = options.db ?? openDatabase(config.databasePath);
  app.decorate('db', db);
  app.decorate('config', config);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  if (!options.db) app.addHook('onClose', async () => connectionOf(db).close());

  registerErrorHandling(app);
  await app.register(securityPlugin, { config });
  await app.register(swaggerPlugin);
  await app.register(authPlugin, { config, db });
  await app.register(idempotencyPlugin, { db });
  await app.register(webhooksPlugin, { db });
  // Background jobs start here, not in the routes that share their tables: the duty checklist
  // generator (RULES R6) runs once the server is ready and stops when it closes.
  const dutyTasks = dutyTaskTimer(db, app.log);
  app.addHook('onReady', async () => dutyTasks.start());
  app.addHook('onClose', async () => dutyTasks.stop());
  await app.register(apiRoutes, { prefix: '/api/v1' });
  await app.register(spaPlugin, { config });

  app.setNotFoundHandler((request, reply) => sendNoRoute(request, reply));
  return app;
}
