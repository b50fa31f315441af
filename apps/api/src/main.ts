import 'reflect-metadata';
import { createApp } from './app.factory';
import { EnvError, loadEnv, requireConnections } from './config/env';

/** Runs the API alone against services given by DATABASE_URL and MEILI_URL (compose, your own). */
async function main(): Promise<void> {
  const config = requireConnections(loadEnv());
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? `galaxy: ${error.message}` : error);
  process.exit(1);
});
