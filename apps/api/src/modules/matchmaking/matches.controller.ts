import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, StaffOnly, type AuthUser } from '../../common/auth';
import { CreateMatch } from './create-match';
import { ListingsService } from './listings.service';
import { MatchesService } from './matches.service';
import {
  MatchDto,
  MatchInputDto,
  MatchListDto,
  MatchListQueryDto,
  MatchmakingIdParamDto,
  MatchmakingOperation,
  MatchUpdateDto,
  MessageDto,
  ReplicationDto,
} from './matchmaking.dtos';
import { PostMatchMessage } from './post-match-message';
import { ReplicateMatch } from './replicate-match';
import { UpdateMatch } from './update-match';

/** Brokered matches with stages and a message thread. */
@ApiTags('matchmaking')
@Controller('matches')
export class MatchesController {
  constructor(
    private readonly listings: ListingsService,
    private readonly matches: MatchesService,
    private readonly createMatchCase: CreateMatch,
    private readonly updateMatchCase: UpdateMatch,
    private readonly postMessageCase: PostMatchMessage,
    private readonly replicateCase: ReplicateMatch,
  ) {}

  @Post()
  @StaffOnly()
  @MatchmakingOperation('createMatch')
  @ApiCreatedResponse({ type: MatchDto, description: 'A broker shortlists a provider for a need (stage: suggested)' })
  async createMatch(@CurrentUser() user: AuthUser, @Body() body: MatchInputDto) {
    return this.createMatchCase.run(user, await this.listings.viewer(user), body);
  }

  @Get()
  @Authenticated()
  @MatchmakingOperation('listMatches')
  @ApiOkResponse({
    type: MatchListDto,
    description: 'Matches of the caller’s organizations (staff: all, or mine=true)',
  })
  async listMatches(@CurrentUser() user: AuthUser, @Query() query: MatchListQueryDto) {
    return this.matches.list(await this.listings.viewer(user), query);
  }

  @Get(':id')
  @Authenticated()
  @MatchmakingOperation('match')
  @ApiOkResponse({ type: MatchDto })
  async match(@CurrentUser() user: AuthUser, @Param() { id }: MatchmakingIdParamDto) {
    return this.matches.get(await this.listings.viewer(user), id);
  }

  @Patch(':id')
  @Authenticated()
  @MatchmakingOperation('updateMatch')
  @ApiOkResponse({
    type: MatchDto,
    description: 'Move the stage (409 INVALID_TRANSITION otherwise), commitments, milestones',
  })
  async updateMatch(
    @CurrentUser() user: AuthUser,
    @Param() { id }: MatchmakingIdParamDto,
    @Body() body: MatchUpdateDto,
  ) {
    return this.updateMatchCase.run(user, await this.listings.viewer(user), id, body);
  }

  @Post(':id/messages')
  @HttpCode(201)
  @Authenticated()
  @MatchmakingOperation('postMessage')
  @ApiCreatedResponse({ type: MatchDto, description: 'A message to the other party and the broker' })
  async postMessage(@CurrentUser() user: AuthUser, @Param() { id }: MatchmakingIdParamDto, @Body() body: MessageDto) {
    return this.postMessageCase.run(user, await this.listings.viewer(user), id, body);
  }

  @Post(':id/replication')
  @HttpCode(201)
  @Authenticated()
  @MatchmakingOperation('replicate')
  @ApiCreatedResponse({
    type: ReplicationDto,
    description: 'Starts a draft of the solution replicated in the recipient’s country',
  })
  async replicate(@CurrentUser() user: AuthUser, @Param() { id }: MatchmakingIdParamDto) {
    return this.replicateCase.run(user, await this.listings.viewer(user), id);
  }
}
