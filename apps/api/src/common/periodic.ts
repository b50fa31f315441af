import type { Logger } from '@nestjs/common';

/**
 * Runs `work` after `firstMs`, then every `everyMs` after each run ends (never two at once); `stop`
 * waits for a run in progress. Failures are logged and the schedule goes on.
 */
export class Periodic {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly logger: Logger,
    private readonly work: () => Promise<string | undefined>,
  ) {}

  start(firstMs: number, everyMs: number): void {
    const tick = () => {
      this.running = this.work()
        .then((line) => line && this.logger.log(line))
        .catch((error: unknown) => this.logger.warn(`failed: ${String(error)}`))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, everyMs).unref();
        });
    };
    this.timer = setTimeout(tick, firstMs).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
