import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { MatchesService } from './matches.service';

const EVERY_MS = 60 * 60 * 1000;

/** Hourly: reminds the parties and the broker of matches idle for 14 days. */
@Injectable()
export class MatchReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MatchReminders');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly matches: MatchesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.REMINDERS_ENABLED) return;
    const tick = () => {
      this.running = this.matches
        .remindIdle()
        .then((n) => n && this.logger.log(`reminded ${n} idle matches`))
        .catch((error: unknown) => this.logger.warn(`match reminders failed: ${String(error)}`))
        .finally(() => (this.timer = setTimeout(tick, EVERY_MS).unref()));
    };
    this.timer = setTimeout(tick, 90 * 1000).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    await this.running;
  }
}
