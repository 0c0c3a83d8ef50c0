import { createApiClient, localSessionStore } from './client';

export const session = localSessionStore();

/** Fired when the refresh token is refused: the auth store signs out and routes to login. */
export const sessionEvents = new EventTarget();

export const api = createApiClient({
  session,
  onSessionExpired: () => sessionEvents.dispatchEvent(new Event('expired')),
  lock: (name, fn) =>
    typeof navigator !== 'undefined' && navigator.locks
      ? (navigator.locks.request(name, fn) as ReturnType<typeof fn>)
      : fn(),
  acceptLanguage: () => (typeof document !== 'undefined' ? document.documentElement.lang : 'zh-CN'),
});

export { ApiError, describeError } from './errors';
export type { ErrorView } from './errors';
export type * from './types';
export type { Download, Versioned } from './client';
