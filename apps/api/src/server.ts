import { buildApp } from './app.js';
import { ensureAdmin } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { seedDemo } from './demo/seed.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Configuration error: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const app = await buildApp(config);
  const print = (line: string) => console.log(line);
  await ensureAdmin(app.db, config, print);
  if (config.demoData) await seedDemo(app.db, print);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  print(`Fieldbeat is serving on http://${config.host}:${config.port}/ (API docs at /api/docs)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
