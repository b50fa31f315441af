import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '../../common/auth';
import { ListingsService } from './listings.service';
import {
  ListingQueryDto,
  ListingResultDto,
  MatchmakingIdParamDto,
  MatchmakingOperation,
  OfferDto,
  OfferInputDto,
  OfferUpdateDto,
} from './matchmaking.dtos';
import { OffersService } from './offers.service';

/** Offers (capacities to support): public by their own visibility. */
@ApiTags('matchmaking')
@Controller('offers')
export class OffersController {
  constructor(
    private readonly offers: OffersService,
    private readonly listings: ListingsService,
  ) {}

  @Post()
  @Authenticated()
  @MatchmakingOperation('createOffer')
  @ApiCreatedResponse({ type: OfferDto, description: 'A capacity to support, for an organization the caller edits' })
  createOffer(@CurrentUser() user: AuthUser, @Body() body: OfferInputDto) {
    return this.offers.create(user, body);
  }

  @Get()
  @MatchmakingOperation('searchOffers')
  @ApiOkResponse({ type: ListingResultDto, description: 'Offers the caller may see, with facet counts' })
  async searchOffers(@CurrentUser() user: AuthUser | undefined, @Query() query: ListingQueryDto) {
    return this.listings.search('offer', await this.listings.viewer(user), query);
  }

  @Get(':id')
  @MatchmakingOperation('offer')
  @ApiOkResponse({ type: OfferDto })
  async offer(@CurrentUser() user: AuthUser | undefined, @Param() { id }: MatchmakingIdParamDto) {
    return this.offers.get(await this.listings.viewer(user), id);
  }

  @Patch(':id')
  @Authenticated()
  @MatchmakingOperation('updateOffer')
  @ApiOkResponse({ type: OfferDto })
  updateOffer(@CurrentUser() user: AuthUser, @Param() { id }: MatchmakingIdParamDto, @Body() body: OfferUpdateDto) {
    return this.offers.update(user, id, body);
  }
}
