import { Injectable } from '@nestjs/common';
import { MatchNotifications } from './match-notifications';
import { MatchesRepository } from './matches.repository';

/** Live matches with no action for 14 days: a reminder to the parties and the broker, every 14 days. */
@Injectable()
export class RemindIdleMatches {
  constructor(
    private readonly matches: MatchesRepository,
    private readonly notifications: MatchNotifications,
  ) {}

  /** How many matches were reminded. */
  async run(): Promise<number> {
    // Claimed atomically, so several API processes never remind twice.
    const idle = await this.matches.findViews(await this.matches.claimIdleForReminder());
    for (const row of idle) {
      const days = Math.floor((Date.now() - row.lastActionAt.getTime()) / 86_400_000);
      await this.notifications.idle(row, days);
    }
    return idle.length;
  }
}
