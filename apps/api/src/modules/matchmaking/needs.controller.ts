import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '../../common/auth';
import { ListingsService } from './listings.service';
import {
  ListingQueryDto,
  ListingResultDto,
  MatchmakingIdParamDto,
  MatchmakingOperation,
  NeedDto,
  NeedInputDto,
  NeedUpdateDto,
  SuggestionDto,
} from './matchmaking.dtos';
import { NeedsService } from './needs.service';

/** Needs (requests for support): public by their own visibility; suggestions with reasons. */
@ApiTags('matchmaking')
@Controller('needs')
export class NeedsController {
  constructor(
    private readonly needs: NeedsService,
    private readonly listings: ListingsService,
  ) {}

  @Post()
  @Authenticated()
  @MatchmakingOperation('createNeed')
  @ApiCreatedResponse({ type: NeedDto, description: 'A request for support, for an organization the caller edits' })
  createNeed(@CurrentUser() user: AuthUser, @Body() body: NeedInputDto) {
    return this.needs.create(user, body);
  }

  @Get()
  @MatchmakingOperation('searchNeeds')
  @ApiOkResponse({ type: ListingResultDto, description: 'Needs the caller may see, with facet counts' })
  async searchNeeds(@CurrentUser() user: AuthUser | undefined, @Query() query: ListingQueryDto) {
    return this.listings.search('need', await this.listings.viewer(user), query);
  }

  @Get(':id')
  @MatchmakingOperation('need')
  @ApiOkResponse({ type: NeedDto })
  async need(@CurrentUser() user: AuthUser | undefined, @Param() { id }: MatchmakingIdParamDto) {
    return this.needs.get(await this.listings.viewer(user), id);
  }

  @Patch(':id')
  @Authenticated()
  @MatchmakingOperation('updateNeed')
  @ApiOkResponse({ type: NeedDto, description: 'Edit, close or withdraw (withdrawing drops its live matches)' })
  updateNeed(@CurrentUser() user: AuthUser, @Param() { id }: MatchmakingIdParamDto, @Body() body: NeedUpdateDto) {
    return this.needs.update(user, id, body);
  }

  @Get(':id/suggestions')
  @Authenticated()
  @MatchmakingOperation('suggestionsFor')
  @ApiOkResponse({
    type: SuggestionDto,
    isArray: true,
    description: 'Ranked providers with reasons (the need’s organization and staff)',
  })
  suggestionsFor(@CurrentUser() user: AuthUser, @Param() { id }: MatchmakingIdParamDto) {
    return this.needs.suggestionsFor(user, id);
  }
}
