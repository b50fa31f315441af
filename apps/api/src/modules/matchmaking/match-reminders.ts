import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Periodic } from '../../common/periodic';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { JOB_LOCKS, runAlone } from '../../database/locks';
import { RemindIdleMatches } from './remind-idle-matches';

const FIRST_RUN_MS = 90 * 1000;

/**
 * Every REMINDERS_EVERY_MS (hourly): reminds the parties and the broker of matches idle for 14 days.
 * One worker at a time (an advisory lock); the claim itself is atomic too, so a match is never
 * reminded twice in a period.
 */
@Injectable()
export class MatchReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly schedule = new Periodic(new Logger('MatchReminders'), async () => {
    const run = await runAlone(this.db, JOB_LOCKS.matchReminders, () => this.remind.run());
    return !run.skipped && run.result ? `reminded ${run.result} idle matches` : undefined;
  });

  constructor(
    private readonly db: DataSource,
    private readonly remind: RemindIdleMatches,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.REMINDERS_ENABLED)
      this.schedule.start(Math.min(FIRST_RUN_MS, this.config.REMINDERS_EVERY_MS), this.config.REMINDERS_EVERY_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.schedule.stop();
  }
}
