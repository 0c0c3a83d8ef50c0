import { createMemoryHistory, createRouter } from 'vue-router';
import { setQuery } from './use-query-ref';

const makeRouter = async () => {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/reports/sales', component: { render: () => null } }] });
  await router.push('/reports/sales?from=2026-11-01&to=2026-11-26&groupBy=sku');
  return router;
};

describe('query parameters kept in the address', () => {
  it('keeps both of two changes made together (a quick range sets from and to at once)', async () => {
    const router = await makeRouter();
    await Promise.all([setQuery(router, 'from', '2026-10-01'), setQuery(router, 'to', '2026-10-31')]);
    expect(router.currentRoute.value.query).toEqual({ from: '2026-10-01', to: '2026-10-31', groupBy: 'sku' });
  });

  it('applies changes made one after the other', async () => {
    const router = await makeRouter();
    await setQuery(router, 'groupBy', 'store');
    await setQuery(router, 'to', '2026-11-20');
    expect(router.currentRoute.value.query).toEqual({ from: '2026-11-01', to: '2026-11-20', groupBy: 'store' });
  });
});
