import { loadEnv, requireConnections, type AppConfig } from '../../src/config/env';

export const TEST_MASTER_KEY = 'galaxy-test-master-key-0123456789';

/** The configuration of the services the global setup started, with per-file overrides. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...requireConnections(
      loadEnv({
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: process.env.GALAXY_TEST_LOG_LEVEL ?? 'silent',
        WEB_DIST_DIR: 'dist/none',
      }),
    ),
    ...overrides,
  };
}
