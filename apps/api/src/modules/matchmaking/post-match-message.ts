import { Injectable } from '@nestjs/common';
import type { Match, MatchParty, MessageInput } from '@galaxy/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth';
import type { Viewer } from './listings.service';
import { MatchNotifications } from './match-notifications';
import { MatchesRepository } from './matches.repository';
import { MatchesService } from './matches.service';

/** A message to the other party and the broker, in the match's thread. */
@Injectable()
export class PostMatchMessage {
  constructor(
    private readonly db: DataSource,
    private readonly matches: MatchesRepository,
    private readonly reader: MatchesService,
    private readonly notifications: MatchNotifications,
  ) {}

  async run(user: AuthUser, viewer: Viewer, id: string, input: MessageInput): Promise<Match> {
    const { row, parties } = await this.reader.visible(viewer, id);
    // The broker speaks as broker; a member of both organizations (unusual) speaks as the provider.
    const party: MatchParty = parties.includes('provider')
      ? 'provider'
      : parties.includes('recipient')
        ? 'recipient'
        : 'broker';
    await this.db.transaction((m) =>
      this.matches.addMessage(m, { matchId: id, authorId: user.id, party, body: input.body }),
    );
    this.notifications.messagePosted(row, user, input.body);
    return this.reader.get(viewer, id);
  }
}
