import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ListingSearchQuerySchema,
  ListingSearchResultSchema,
  MatchInputSchema,
  MatchListQuerySchema,
  MatchListSchema,
  MatchmakingDashboardSchema,
  MatchSchema,
  MatchUpdateInputSchema,
  MessageInputSchema,
  NeedInputSchema,
  NeedSchema,
  NeedUpdateInputSchema,
  OfferInputSchema,
  OfferSchema,
  OfferUpdateInputSchema,
  ReplicationSchema,
  SolutionIdParamSchema,
  SuggestionSchema,
  SuggestTargetsQuerySchema,
  TargetSuggestionListSchema,
} from '@galaxy/contracts';
import { createZodDto } from 'nestjs-zod';
import { AppError } from '../../common/app-error';
import { Authenticated, CurrentUser, StaffOnly, type AuthUser } from '../../common/auth';
import { MatchmakingDashboardService } from './dashboard.service';
import { ListingsService } from './listings.service';
import { MatchesService, toMatching } from './matches.service';
import { SuggestionsService } from './suggestions.service';
import { TargetSuggester } from './target-suggester';
import { DataSource } from 'typeorm';

class MatchmakingIdParamDto extends createZodDto(SolutionIdParamSchema) {}
class NeedInputDto extends createZodDto(NeedInputSchema) {}
class NeedUpdateDto extends createZodDto(NeedUpdateInputSchema) {}
class OfferInputDto extends createZodDto(OfferInputSchema) {}
class OfferUpdateDto extends createZodDto(OfferUpdateInputSchema) {}
class ListingQueryDto extends createZodDto(ListingSearchQuerySchema) {}
class MatchInputDto extends createZodDto(MatchInputSchema) {}
class MatchUpdateDto extends createZodDto(MatchUpdateInputSchema) {}
class MatchListQueryDto extends createZodDto(MatchListQuerySchema) {}
class MessageDto extends createZodDto(MessageInputSchema) {}
class SuggestTargetsQueryDto extends createZodDto(SuggestTargetsQuerySchema) {}
class NeedDto extends createZodDto(NeedSchema) {}
class OfferDto extends createZodDto(OfferSchema) {}
class ListingResultDto extends createZodDto(ListingSearchResultSchema) {}
class SuggestionDto extends createZodDto(SuggestionSchema) {}
class MatchDto extends createZodDto(MatchSchema) {}
class MatchListDto extends createZodDto(MatchListSchema) {}
class DashboardDto extends createZodDto(MatchmakingDashboardSchema) {}
class TargetSuggestionListDto extends createZodDto(TargetSuggestionListSchema) {}
class ReplicationDto extends createZodDto(ReplicationSchema) {}

/**
 * Matchmaking: needs and offers (public by their own visibility), suggestions with reasons,
 * brokered matches with stages and a message thread, and the staff dashboard.
 */
@ApiTags('matchmaking')
@Controller()
export class MatchmakingController {
  constructor(
    private readonly listings: ListingsService,
    private readonly suggestions: SuggestionsService,
    private readonly matches: MatchesService,
    private readonly dashboardService: MatchmakingDashboardService,
    private readonly targets: TargetSuggester,
    private readonly db: DataSource,
  ) {}

  @Post('needs')
  @Authenticated()
  @ApiCreatedResponse({ type: NeedDto, description: 'A request for support, for an organization the caller edits' })
  createNeed(@CurrentUser() user: AuthUser, @Body() body: NeedInputDto) {
    return this.listings.createNeed(user, body);
  }

  @Get('needs')
  @ApiOkResponse({ type: ListingResultDto, description: 'Needs the caller may see, with facet counts' })
  async searchNeeds(@CurrentUser() user: AuthUser | undefined, @Query() query: ListingQueryDto) {
    return this.listings.search('need', await this.listings.viewer(user), query);
  }

  @Get('needs/:id')
  @ApiOkResponse({ type: NeedDto })
  async need(@CurrentUser() user: AuthUser | undefined, @Param() { id }: MatchmakingIdParamDto) {
    return this.listings.need(await this.listings.viewer(user), id);
  }

  @Patch('needs/:id')
  @Authenticated()
  @ApiOkResponse({ type: NeedDto, description: 'Edit, close or withdraw (withdrawing drops its live matches)' })
  updateNeed(@CurrentUser() user: AuthUser, @Param() { id }: MatchmakingIdParamDto, @Body() body: NeedUpdateDto) {
    return this.listings.updateNeed(user, id, body);
  }

  @Get('needs/:id/suggestions')
  @Authenticated()
  @ApiOkResponse({
    type: SuggestionDto,
    isArray: true,
    description: 'Ranked providers with reasons (the need’s organization and staff)',
  })
  async suggestionsFor(@CurrentUser() user: AuthUser, @Param() { id }: MatchmakingIdParamDto) {
    const viewer = await this.listings.viewer(user);
    const need = await this.listings.need(viewer, id);
    if (!viewer.staff && !viewer.organizations.includes(need.organization.id))
      throw AppError.forbidden('Only the need’s organization and staff see its suggestions');
    const [row] = await this.db.query(`SELECT * FROM needs WHERE id = $1`, [id]);
    return this.suggestions.suggest(toMatching(row), { includeStaffOffers: viewer.staff });
  }

  @Post('offers')
  @Authenticated()
  @ApiCreatedResponse({ type: OfferDto, description: 'A capacity to support, for an organization the caller edits' })
  createOffer(@CurrentUser() user: AuthUser, @Body() body: OfferInputDto) {
    return this.listings.createOffer(user, body);
  }

  @Get('offers')
  @ApiOkResponse({ type: ListingResultDto, description: 'Offers the caller may see, with facet counts' })
  async searchOffers(@CurrentUser() user: AuthUser | undefined, @Query() query: ListingQueryDto) {
    return this.listings.search('offer', await this.listings.viewer(user), query);
  }

  @Get('offers/:id')
  @ApiOkResponse({ type: OfferDto })
  async offer(@CurrentUser() user: AuthUser | undefined, @Param() { id }: MatchmakingIdParamDto) {
    return this.listings.offer(await this.listings.viewer(user), id);
  }

  @Patch('offers/:id')
  @Authenticated()
  @ApiOkResponse({ type: OfferDto })
  updateOffer(@CurrentUser() user: AuthUser, @Param() { id }: MatchmakingIdParamDto, @Body() body: OfferUpdateDto) {
    return this.listings.updateOffer(user, id, body);
  }

  @Post('matches')
  @StaffOnly()
  @ApiCreatedResponse({ type: MatchDto, description: 'A broker shortlists a provider for a need (stage: suggested)' })
  async createMatch(@CurrentUser() user: AuthUser, @Body() body: MatchInputDto) {
    return this.matches.create(user, await this.listings.viewer(user), body);
  }

  @Get('matches')
  @Authenticated()
  @ApiOkResponse({
    type: MatchListDto,
    description: 'Matches of the caller’s organizations (staff: all, or mine=true)',
  })
  async listMatches(@CurrentUser() user: AuthUser, @Query() query: MatchListQueryDto) {
    return this.matches.list(await this.listings.viewer(user), query);
  }

  @Get('matches/:id')
  @Authenticated()
  @ApiOkResponse({ type: MatchDto })
  async match(@CurrentUser() user: AuthUser, @Param() { id }: MatchmakingIdParamDto) {
    return this.matches.get(await this.listings.viewer(user), id);
  }

  @Patch('matches/:id')
  @Authenticated()
  @ApiOkResponse({
    type: MatchDto,
    description: 'Move the stage (409 INVALID_TRANSITION otherwise), commitments, milestones',
  })
  async updateMatch(
    @CurrentUser() user: AuthUser,
    @Param() { id }: MatchmakingIdParamDto,
    @Body() body: MatchUpdateDto,
  ) {
    return this.matches.update(user, await this.listings.viewer(user), id, body);
  }

  @Post('matches/:id/messages')
  @HttpCode(201)
  @Authenticated()
  @ApiCreatedResponse({ type: MatchDto, description: 'A message to the other party and the broker' })
  async postMessage(@CurrentUser() user: AuthUser, @Param() { id }: MatchmakingIdParamDto, @Body() body: MessageDto) {
    return this.matches.message(user, await this.listings.viewer(user), id, body);
  }

  @Post('matches/:id/replication')
  @HttpCode(201)
  @Authenticated()
  @ApiCreatedResponse({
    type: ReplicationDto,
    description: 'Starts a draft of the solution replicated in the recipient’s country',
  })
  async replicate(@CurrentUser() user: AuthUser, @Param() { id }: MatchmakingIdParamDto) {
    return this.matches.replicate(user, await this.listings.viewer(user), id);
  }

  @Get('matchmaking/dashboard')
  @StaffOnly()
  @ApiOkResponse({ type: DashboardDto })
  dashboard() {
    return this.dashboardService.dashboard();
  }

  @Get('reference/target-suggestions')
  @ApiOkResponse({
    type: TargetSuggestionListDto,
    description: 'SDG targets a text is likely about, in the given language',
  })
  targetSuggestions(@Query() query: SuggestTargetsQueryDto) {
    return this.targets.suggest(query.text, query.lang);
  }
}
