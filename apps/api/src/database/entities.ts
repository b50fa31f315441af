import { SearchOutboxEntity } from '../modules/search';
import { AuditLogEntity } from '../modules/curation/audit-log.entity';
import { EmailTokenEntity, RateLimitEntity, SessionEntity, UserEntity } from '../modules/accounts/account.entity';
import { DevMailEntity } from '../modules/mail/dev-mail.entity';
import { IatiActivityEntity } from '../modules/iati/iati-activity.entity';
import { InvitationEntity, MembershipEntity, OrganizationEntity } from '../modules/organizations/organization.entity';
import { MatchEntity, MatchMessageEntity } from '../modules/matchmaking/match.entity';
import { NeedEntity, OfferEntity } from '../modules/matchmaking/listing.entity';
import { SolutionRevisionEntity } from '../modules/solutions/solution-revision.entity';
import {
  SolutionCountryEntity,
  SolutionEntity,
  SolutionOrganizationEntity,
} from '../modules/solutions/solution.entity';

// Every entity, listed once: webpack bundles the API, so TypeORM cannot glob for them.
export const ENTITIES: Function[] = [
  OrganizationEntity,
  MembershipEntity,
  InvitationEntity,
  UserEntity,
  SessionEntity,
  EmailTokenEntity,
  RateLimitEntity,
  AuditLogEntity,
  SolutionEntity,
  SolutionCountryEntity,
  SolutionOrganizationEntity,
  SolutionRevisionEntity,
  IatiActivityEntity,
  SearchOutboxEntity,
  NeedEntity,
  OfferEntity,
  MatchEntity,
  MatchMessageEntity,
  DevMailEntity,
];
