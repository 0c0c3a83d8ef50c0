import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { serviceWorker } from './sw-plugin.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
// The API the dev server and `vite preview` forward /api to.
const apiTarget = process.env.FIELDBEAT_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  base: '/',
  // exceljs (~250 KB gzip, the tables' Excel export) is fetched on the first export, not at install.
  plugins: [vue(), serviceWorker({ template: here('./sw/sw.js'), notPrecached: [/^assets\/exceljs/] })],
  resolve: {
    // The SPA compiles the shared rules from source so a change there needs no build step.
    alias: { '@fieldbeat/domain': here('../../packages/domain/src/index.ts') },
  },
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    // Route chunks are split by the router's dynamic imports; the vendor core stays in one chunk.
    chunkSizeWarningLimit: 600,
  },
});
