import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { CurationModule } from '../curation/curation.module';
import { MailModule } from '../mail/mail.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { MatchmakingDashboardService } from './dashboard.service';
import { ListingsService } from './listings.service';
import { MatchReminders } from './match-reminders';
import { MatchesService } from './matches.service';
import { MatchmakingController } from './matchmaking.controller';
import { SuggestionsService } from './suggestions.service';
import { TargetSuggester } from './target-suggester';

@Module({
  imports: [CatalogModule, MailModule, CurationModule, OrganizationsModule],
  controllers: [MatchmakingController],
  providers: [
    ListingsService,
    SuggestionsService,
    MatchesService,
    MatchmakingDashboardService,
    MatchReminders,
    TargetSuggester,
  ],
})
export class MatchmakingModule {}
