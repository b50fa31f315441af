import { SearchOutboxEntity } from '../modules/catalog/search-outbox.entity';
import { NeedEntity, OfferEntity } from '../modules/matchmaking/listing.entity';
import { MatchEntity, MatchMessageEntity } from '../modules/matchmaking/match.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import {
  SolutionCountryEntity,
  SolutionEntity,
  SolutionOrganizationEntity,
} from '../modules/solutions/solution.entity';

// Every entity, listed once: webpack bundles the API, so TypeORM cannot glob for them.
export const ENTITIES: Function[] = [
  OrganizationEntity,
  SolutionEntity,
  SolutionCountryEntity,
  SolutionOrganizationEntity,
  SearchOutboxEntity,
  NeedEntity,
  OfferEntity,
  MatchEntity,
  MatchMessageEntity,
];
