import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { CurationModule } from '../curation/curation.module';
import { MailModule } from '../mail/mail.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { CandidatesRepository } from './candidates.repository';
import { CreateMatch } from './create-match';
import { MatchmakingDashboardService } from './dashboard.service';
import { ListingEdits } from './listing-edits';
import { ListingsRepository } from './listings.repository';
import { ListingsSearchRepository } from './listings-search.repository';
import { ListingsService } from './listings.service';
import { MatchNotifications } from './match-notifications';
import { MatchReminders } from './match-reminders';
import { MatchesController } from './matches.controller';
import { MatchesRepository } from './matches.repository';
import { MatchesService } from './matches.service';
import { MatchmakingDashboardController } from './matchmaking-dashboard.controller';
import { NeedsController } from './needs.controller';
import { NeedsService } from './needs.service';
import { OffersController } from './offers.controller';
import { OffersService } from './offers.service';
import { PostMatchMessage } from './post-match-message';
import { RemindIdleMatches } from './remind-idle-matches';
import { ReplicateMatch } from './replicate-match';
import { ReplicationRepository } from './replication.repository';
import { SuggestionsService } from './suggestions.service';
import { TargetSuggester } from './target-suggester';
import { UpdateMatch } from './update-match';

@Module({
  imports: [CatalogModule, MailModule, CurationModule, OrganizationsModule],
  // In this order, the routes keep their order in the OpenAPI document.
  controllers: [NeedsController, OffersController, MatchesController, MatchmakingDashboardController],
  providers: [
    ListingsRepository,
    ListingsSearchRepository,
    MatchesRepository,
    CandidatesRepository,
    ReplicationRepository,
    ListingsService,
    ListingEdits,
    NeedsService,
    OffersService,
    SuggestionsService,
    MatchesService,
    CreateMatch,
    UpdateMatch,
    PostMatchMessage,
    ReplicateMatch,
    RemindIdleMatches,
    MatchNotifications,
    MatchmakingDashboardService,
    MatchReminders,
    TargetSuggester,
  ],
})
export class MatchmakingModule {}
