import { SearchOutboxEntity } from '../modules/catalog/search-outbox.entity';
import { AuditLogEntity } from '../modules/curation/audit-log.entity';
import { IatiActivityEntity } from '../modules/iati/iati-activity.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { SolutionRevisionEntity } from '../modules/solutions/solution-revision.entity';
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
  SolutionRevisionEntity,
  IatiActivityEntity,
  AuditLogEntity,
  SearchOutboxEntity,
];
