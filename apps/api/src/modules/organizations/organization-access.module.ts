import { Module } from '@nestjs/common';
import { AccessPolicy } from './access-policy';
import { OrganizationsRepository } from './organizations.repository';

/**
 * The access policy and the repository it reads, with no imports of its own: any module (accounts
 * included, which the organizations module itself imports) may ask membership questions.
 */
@Module({
  providers: [AccessPolicy, OrganizationsRepository],
  exports: [AccessPolicy, OrganizationsRepository],
})
export class OrganizationAccessModule {}
