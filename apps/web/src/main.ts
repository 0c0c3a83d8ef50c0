import { VueQueryPlugin } from '@tanstack/vue-query';
import { createPinia } from 'pinia';
import { createApp, watch } from 'vue';
import App from './App.vue';
import { applyDocumentLocale, i18n } from './i18n';
import { router } from './router';
import { useAuthStore } from './stores/auth';
import { useOutboxStore } from './stores/outbox';
import { sessionEvents } from './api';
import { createQueryClient } from './api/query-client';
import './styles/main.css';

const app = createApp(App);
app.use(createPinia());
const queryClient = createQueryClient();
app.use(VueQueryPlugin, { queryClient });
app.use(i18n);
app.use(router);
applyDocumentLocale();

const auth = useAuthStore();
useOutboxStore(); // starts syncing what the last session left behind
void auth.refreshMe();
// Another person on this phone never sees the last one's answers.
watch(
  () => auth.user?.id ?? null,
  () => queryClient.clear(),
);

sessionEvents.addEventListener('expired', () => {
  const current = router.currentRoute.value;
  if (!current.meta.public) void router.push({ name: 'login', query: { redirect: current.fullPath } });
});

app.mount('#app');

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
