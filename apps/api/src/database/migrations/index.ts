import { Catalog1795750000000 } from './1795750000000-catalog';
import { Accounts1795760000000 } from './1795760000000-accounts';
import { Curation1795770000000 } from './1795770000000-curation';
import { Matchmaking1795780000000 } from './1795780000000-matchmaking';
import { UserLocale1795790000000 } from './1795790000000-user-locale';
import { UniqueOrganizationNames1795800000000 } from './1795800000000-unique-organization-names';
import { DegradedSearchIndexes1795900000000 } from './1795900000000-degraded-search-indexes';
import { LoginUnlock1796000000000 } from './1796000000000-login-unlock';
import { AttachedOrganizations1796000000001 } from './1796000000001-attached-organizations';
import { IatiActivities1796300000000 } from './1796300000000-iati-activities';
import { SolutionFunders1796800000000 } from './1796800000000-solution-funders';
import { GinFastupdateOff1796900000000 } from './1796900000000-gin-fastupdate-off';
import { DevMailbox1797000000000 } from './1797000000000-dev-mailbox';

// Every migration, in order: webpack bundles the API, so TypeORM cannot glob for them.
export const MIGRATIONS: Function[] = [
  Catalog1795750000000,
  Accounts1795760000000,
  Curation1795770000000,
  Matchmaking1795780000000,
  UserLocale1795790000000,
  UniqueOrganizationNames1795800000000,
  DegradedSearchIndexes1795900000000,
  LoginUnlock1796000000000,
  AttachedOrganizations1796000000001,
  IatiActivities1796300000000,
  SolutionFunders1796800000000,
  GinFastupdateOff1796900000000,
  DevMailbox1797000000000,
];
