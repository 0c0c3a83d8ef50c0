import 'fake-indexeddb/auto';
import { jest } from '@jest/globals';
import { flushPromises } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { api } from '../api';
import { queryKeys } from '../api/query-keys';
import { shouldRetry } from '../api/query-client';
import { ApiError } from '../api/errors';
import { fakeApi } from '../test-utils/fake-api';
import { mountInApp } from '../test-utils/mount';
import { useApiQuery, useInvalidate, type ApiQuery } from './use-api-query';

// jsdom has no structuredClone, which fake-indexeddb stores with; the cached answers are plain JSON.
globalThis.structuredClone ??= <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// One read as a page holds it, through vue-query: the offline copy, the retry policy, the
// refresh after a write.
function harness(offline: boolean) {
  const seen: { query?: ApiQuery<{ n: number }>; invalidate?: ReturnType<typeof useInvalidate> } = {};
  const Page = defineComponent(() => {
    seen.query = useApiQuery({ key: () => queryKeys.today, fetch: () => api.get<{ n: number }>('/me/today'), offline });
    seen.invalidate = useInvalidate();
    return () => h('p', seen.query!.error.value?.message ?? String(seen.query!.data.value?.n ?? '—'));
  });
  return { wrapper: mountInApp(Page), seen };
}

/** As a phone in a lift: the browser knows it is offline and every request fails. */
const goOffline = () => {
  jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  (globalThis as { fetch?: typeof fetch }).fetch = (async () => {
    throw new TypeError('Failed to fetch');
  }) as typeof fetch;
};

beforeEach(() => localStorage.setItem('fieldbeat.user', JSON.stringify({ id: 'u-rep', displayName: 'Rep', permissions: [] })));
afterEach(() => jest.restoreAllMocks());

test('shows the last answer, flagged with its time, when the network is gone', async () => {
  fakeApi({ 'GET /me/today': () => ({ body: { n: 3 } }) });
  const online = harness(true);
  await flushPromises();
  expect(online.wrapper.text()).toBe('3');
  expect(online.seen.query!.cachedAt.value).toBeNull();
  await new Promise((r) => setTimeout(r, 20)); // the copy is written in the background
  online.wrapper.unmount();

  goOffline();
  const offline = harness(true);
  await flushPromises();
  await new Promise((r) => setTimeout(r, 20));
  expect(offline.wrapper.text()).toBe('3');
  expect(offline.seen.query!.cachedAt.value).toEqual(expect.any(Number));
  expect(offline.seen.query!.error.value).toBeNull();
});

test('a read without an offline copy says the network is gone, at once', async () => {
  fakeApi();
  goOffline();
  const { wrapper } = harness(false);
  await flushPromises();
  await new Promise((r) => setTimeout(r, 20));
  expect(wrapper.text()).toBe('网络不可用，请检查连接后重试。');
});

test('a refusal is asked once, not retried', async () => {
  const net = fakeApi({ 'GET /me/today': () => ({ status: 403, body: { title: 'Forbidden', status: 403 } }) });
  const { seen } = harness(false);
  await flushPromises();
  await new Promise((r) => setTimeout(r, 20));
  expect(net.calls).toHaveLength(1);
  expect(seen.query!.error.value?.message).toBeTruthy();
});

test('retries a server failure or a lost answer once while online, never a 4xx or offline', () => {
  expect(shouldRetry(0, new ApiError(503, { title: 'Unavailable' }))).toBe(true);
  expect(shouldRetry(0, new ApiError(0, { title: 'Network' }))).toBe(true);
  expect(shouldRetry(1, new ApiError(503, { title: 'Unavailable' }))).toBe(false);
  expect(shouldRetry(0, new ApiError(404, { title: 'Not found' }))).toBe(false);
  expect(shouldRetry(0, new ApiError(409, { title: 'Conflict' }))).toBe(false);
  jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  expect(shouldRetry(0, new ApiError(0, { title: 'Network' }))).toBe(false);
});

test('a write invalidates the key and the page on screen reads again', async () => {
  let n = 1;
  const net = fakeApi({ 'GET /me/today': () => ({ body: { n: n++ } }) });
  const { wrapper, seen } = harness(false);
  await flushPromises();
  expect(wrapper.text()).toBe('1');
  await seen.invalidate!(queryKeys.today);
  await flushPromises();
  expect(wrapper.text()).toBe('2');
  expect(net.calls).toHaveLength(2);
});
