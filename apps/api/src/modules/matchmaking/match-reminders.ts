import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Periodic } from '../../common/periodic';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { RemindIdleMatches } from './remind-idle-matches';

const EVERY_MS = 60 * 60 * 1000;

/** Hourly: reminds the parties and the broker of matches idle for 14 days. */
@Injectable()
export class MatchReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly schedule = new Periodic(
    new Logger('MatchReminders'),
    async () => {
      const n = await this.remind.run();
      return n ? `reminded ${n} idle matches` : undefined;
    },
    EVERY_MS,
  );

  constructor(
    private readonly remind: RemindIdleMatches,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.REMINDERS_ENABLED) this.schedule.start(90 * 1000);
  }

  onApplicationShutdown(): Promise<void> {
    return this.schedule.stop();
  }
}
