import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { CatalogModule } from '../catalog/catalog.module';
import { MailModule } from '../mail/mail.module';
import { OrganizationAccessModule } from './organization-access.module';
import { OrganizationAdminController } from './organization-admin.controller';
import { OrganizationAdminService } from './organization-admin.service';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsSearchRepository } from './organizations-search.repository';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [CatalogModule, MailModule, AccountsModule, OrganizationAccessModule],
  controllers: [OrganizationsController, OrganizationAdminController],
  providers: [OrganizationsService, OrganizationsSearchRepository, OrganizationAdminService],
  exports: [OrganizationAccessModule],
})
export class OrganizationsModule {}
