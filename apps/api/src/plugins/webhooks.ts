import fp from 'fastify-plugin';
import type { Db } from '../db/client.js';
import { WebhookDispatcher, type DispatcherOptions } from '../webhooks/dispatcher.js';

declare module 'fastify' {
  interface FastifyInstance {
    webhookDispatcher: WebhookDispatcher;
  }
}

/**
 * Runs the webhook dispatcher beside the server: started when the app is ready, nudged
 * after every write request (which may have enqueued an event), stopped on close.
 */
export default fp<{ db: Db } & Partial<Omit<DispatcherOptions, 'db' | 'log'>>>(async (app, { db, ...options }) => {
  const dispatcher = new WebhookDispatcher({ db, log: app.log.child({ component: 'webhooks' }), ...options });
  app.decorate('webhookDispatcher', dispatcher);
  app.addHook('onReady', async () => dispatcher.start());
  app.addHook('onResponse', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') dispatcher.nudge();
  });
  app.addHook('onClose', async () => dispatcher.stop());
});
