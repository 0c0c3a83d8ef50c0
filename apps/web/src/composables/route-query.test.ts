import { flushPromises } from '@vue/test-utils';
import { defineComponent, h, nextTick, type Ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { mountInApp } from '../test-utils/mount';
import { useQueryText } from './route-query';

// Filters kept in the address through @vueuse/router's useRouteQuery, as the reports and consoles hold them.
async function page(url: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/reports/sales', component: { render: () => null } }] });
  await router.push(url);
  const refs: Record<string, Ref<string>> = {};
  const Page = defineComponent(() => {
    refs.from = useQueryText('from', () => '2026-11-01');
    refs.to = useQueryText('to', () => '2026-11-26');
    refs.groupBy = useQueryText('groupBy', () => 'sku');
    return () => h('p', `${refs.from!.value}..${refs.to!.value} ${refs.groupBy!.value}`);
  });
  const wrapper = mountInApp(Page, { global: { plugins: [router] } });
  return { router, refs, wrapper };
}

test('keeps both of two changes made together (a quick range sets from and to at once)', async () => {
  const { router, refs } = await page('/reports/sales?groupBy=store');
  refs.from!.value = '2026-10-01';
  refs.to!.value = '2026-10-31';
  await nextTick();
  await flushPromises();
  expect(router.currentRoute.value.query).toEqual({ from: '2026-10-01', to: '2026-10-31', groupBy: 'store' });
});

test('leaves a default out of the address, and reads an empty parameter as the default', async () => {
  const { router, refs, wrapper } = await page('/reports/sales?from=&groupBy=store');
  expect(wrapper.text()).toBe('2026-11-01..2026-11-26 store');
  refs.groupBy!.value = 'sku';
  await nextTick();
  await flushPromises();
  expect(router.currentRoute.value.query.groupBy).toBeUndefined();
});

test('follows the address when a link or Back changes it', async () => {
  const { router, wrapper } = await page('/reports/sales');
  await router.replace('/reports/sales?groupBy=store&to=2026-11-20');
  await flushPromises();
  expect(wrapper.text()).toBe('2026-11-01..2026-11-20 store');
});
