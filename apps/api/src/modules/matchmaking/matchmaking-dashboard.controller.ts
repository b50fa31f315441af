import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../../common/auth';
import { MatchmakingDashboardService } from './dashboard.service';
import {
  DashboardDto,
  MatchmakingOperation,
  SuggestTargetsQueryDto,
  TargetSuggestionListDto,
} from './matchmaking.dtos';
import { TargetSuggester } from './target-suggester';

/** The staff dashboard of matchmaking, and the SDG-target suggestions that need and offer forms use. */
@ApiTags('matchmaking')
@Controller()
export class MatchmakingDashboardController {
  constructor(
    private readonly dashboardService: MatchmakingDashboardService,
    private readonly targets: TargetSuggester,
  ) {}

  @Get('matchmaking/dashboard')
  @StaffOnly()
  @MatchmakingOperation('dashboard')
  @ApiOkResponse({ type: DashboardDto })
  dashboard() {
    return this.dashboardService.dashboard();
  }

  @Get('reference/target-suggestions')
  @MatchmakingOperation('targetSuggestions')
  @ApiOkResponse({
    type: TargetSuggestionListDto,
    description: 'SDG targets a text is likely about, in the given language',
  })
  targetSuggestions(@Query() query: SuggestTargetsQueryDto) {
    return this.targets.suggest(query.text, query.lang);
  }
}
