// Mounting a component as the app runs it: the app's i18n (zh-CN unless a test switches) and a
// fresh Pinia and a fresh QueryClient per mount, so stores (ui, catalog…) and cached reads are
// real and start empty.
import { VueQueryPlugin } from '@tanstack/vue-query';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createQueryClient } from '../api/query-client';
import { i18n } from '../i18n';

// Vite defines Vue's compile-time flags in the build; here they are set as the app's build has them.
Object.assign(globalThis, { __VUE_OPTIONS_API__: true, __VUE_PROD_DEVTOOLS__: false, __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false });

type MountArgs = Parameters<typeof mount>;

export function mountInApp(component: MountArgs[0], options: MountArgs[1] = {}): ReturnType<typeof mount> {
  const pinia = createPinia();
  setActivePinia(pinia);
  return mount(component, { ...options, global: { ...options.global, plugins: [pinia, i18n, [VueQueryPlugin, { queryClient: createQueryClient() }], ...(options.global?.plugins ?? [])] } });
}
