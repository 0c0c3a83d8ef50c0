import type { FastifyInstance } from 'fastify';

/**
 * Workflow actions (`POST /promotions/{id}/submit`, `POST /returns/{id}/approve`) take an
 * optional body, and clients post them bare, often with `Content-Type: application/json`
 * still set. Within the calling plugin, read an absent or empty body as `{}`; any other body
 * goes through Fastify's own JSON parser (prototype-poisoning checks included).
 */
export function acceptEmptyBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, {});
    return parseJson(request, text, done);
  });
  app.addHook('preValidation', async (request) => {
    if (request.method === 'POST' && (request.body === undefined || request.body === null)) request.body = {};
  });
}
