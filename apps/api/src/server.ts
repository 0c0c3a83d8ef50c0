import { buildApp } from './app.js';
import { ensureAdmin } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { seedDemo } from './demo/seed.js';
import { armExitWatchdog } from './lib/shutdown.js';

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

  // Shutdown is bounded: requests in flight get most of the grace period to finish, then the
  // process exits anyway. The timer is not unref'ed (close may be waiting on work that holds no
  // handle), and at the end of the grace the watchdog ends the process even when exit itself
  // blocks (see lib/shutdown.ts).
  const graceMs = config.shutdownGraceSeconds * 1000;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return process.exit(1); // a second signal: stop now
    closing = true;
    app.log.info({ signal, graceMs }, 'shutting down');
    armExitWatchdog(graceMs);
    setTimeout(() => {
      app.log.error({ graceMs }, 'shutdown did not finish within the grace period; exiting');
      process.exit(1);
    }, graceMs * 0.8);
    try {
      await app.close();
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
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
