import { rmSync } from 'node:fs';
import type { RunningService } from '../../src/embedded/embedded-services';

export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as Record<string, unknown>).__GALAXY_SERVICES__ as
    { pg: RunningService; meili: RunningService; dir: string } | undefined;
  if (!services) return;
  await Promise.all([services.meili.stop(), services.pg.stop()]);
  rmSync(services.dir, { recursive: true, force: true });
}
