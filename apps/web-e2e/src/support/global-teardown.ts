import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const platform = (globalThis as Record<string, unknown>).__GALAXY_PLATFORM__ as
    { child: ChildProcess; dir: string; stopping: boolean } | undefined;
  if (!platform) return;
  platform.stopping = true;
  await new Promise<void>((done) => {
    if (platform.child.exitCode !== null || platform.child.signalCode !== null) return done();
    platform.child.once('exit', () => done());
    platform.child.kill('SIGTERM');
  });
  rmSync(platform.dir, { recursive: true, force: true });
}
