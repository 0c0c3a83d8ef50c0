import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { applyDocumentLocale, i18n } from './i18n';
import { router } from './router';
import { useAuthStore } from './stores/auth';
import { useOutboxStore } from './stores/outbox';
import { sessionEvents } from './api';
import './styles/main.css';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
app.use(router);
applyDocumentLocale();

const auth = useAuthStore();
useOutboxStore(); // starts syncing what the last session left behind
void auth.refreshMe();

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
