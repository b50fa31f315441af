import { Global, Module } from '@nestjs/common';
import { MEMBERSHIP_DIRECTORY } from '../accounts';
import { AccessPolicy } from './access-policy';
import { OrganizationsRepository } from './organizations.repository';

/**
 * The access policy and the repository it reads, with no imports of its own: any module may ask
 * membership questions. Global, because it also answers the accounts module's port
 * (`MEMBERSHIP_DIRECTORY`, for `/auth/me`), which accounts cannot import without a cycle.
 */
@Global()
@Module({
  providers: [AccessPolicy, OrganizationsRepository, { provide: MEMBERSHIP_DIRECTORY, useExisting: AccessPolicy }],
  exports: [AccessPolicy, OrganizationsRepository, MEMBERSHIP_DIRECTORY],
})
export class OrganizationAccessModule {}
