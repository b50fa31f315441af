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
import { ApiOperation } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

// The class names are the schema names of the OpenAPI document: renaming one changes the contract.
export class MatchmakingIdParamDto extends createZodDto(SolutionIdParamSchema) {}
export class NeedInputDto extends createZodDto(NeedInputSchema) {}
export class NeedUpdateDto extends createZodDto(NeedUpdateInputSchema) {}
export class OfferInputDto extends createZodDto(OfferInputSchema) {}
export class OfferUpdateDto extends createZodDto(OfferUpdateInputSchema) {}
export class ListingQueryDto extends createZodDto(ListingSearchQuerySchema) {}
export class MatchInputDto extends createZodDto(MatchInputSchema) {}
export class MatchUpdateDto extends createZodDto(MatchUpdateInputSchema) {}
export class MatchListQueryDto extends createZodDto(MatchListQuerySchema) {}
export class MessageDto extends createZodDto(MessageInputSchema) {}
export class SuggestTargetsQueryDto extends createZodDto(SuggestTargetsQuerySchema) {}
export class NeedDto extends createZodDto(NeedSchema) {}
export class OfferDto extends createZodDto(OfferSchema) {}
export class ListingResultDto extends createZodDto(ListingSearchResultSchema) {}
export class SuggestionDto extends createZodDto(SuggestionSchema) {}
export class MatchDto extends createZodDto(MatchSchema) {}
export class MatchListDto extends createZodDto(MatchListSchema) {}
export class DashboardDto extends createZodDto(MatchmakingDashboardSchema) {}
export class TargetSuggestionListDto extends createZodDto(TargetSuggestionListSchema) {}
export class ReplicationDto extends createZodDto(ReplicationSchema) {}

/**
 * The operation id these routes were published with when one controller served them all
 * (`MatchmakingController_<name>`): clients generated from the document key on it.
 */
// An explicit undefined summary: ApiOperation would otherwise publish an empty one.
export const MatchmakingOperation = (name: string) =>
  ApiOperation({ operationId: `MatchmakingController_${name}`, summary: undefined });
