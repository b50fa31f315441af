import 'reflect-metadata';
import { createApp } from './app.factory';
import { EnvError, loadEnv, requireConnections } from './config/env';

/** Runs the API alone against services given by DATABASE_URL and MEILI_URL (compose, your own). */
async function main(): Promise<void> {
  const config = requireConnections(loadEnv());
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen({ port: config.PORT, host: config.HOST });
  // Started by the launcher (`--replicas`) with an IPC channel: when the launcher goes away, even
  // killed outright, this process stops too instead of holding its port.
  if (process.send) process.once('disconnect', () => void app.close().finally(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? `galaxy: ${error.message}` : error);
  process.exit(1);
});
