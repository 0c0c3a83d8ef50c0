import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { finishDocument } from '../openapi/document.js';
import { describeOperation } from '../openapi/operations.js';

/**
 * The OpenAPI document at /api/v1/openapi.json, built from the route schemas; UI at /api/docs.
 * Operation names, summaries and tags come from one map (openapi/operations.ts), given to each
 * route as it is registered; examples and the webhooks section are added to the finished document.
 */
export default fp(async (app) => {
  app.addHook('onRoute', describeOperation);
  await app.register(swagger, {
    transformObject: (document) =>
      'openapiObject' in document ? finishDocument(document.openapiObject) : document.swaggerObject,
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Fieldbeat API',
        version: '1.0.0',
        description:
          'Field-sales operations: visits, approvals, scorecards. Errors are application/problem+json (RFC 9457).',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        },
      },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { url: '/api/v1/openapi.json' },
  });
  app.get('/api/v1/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
});
