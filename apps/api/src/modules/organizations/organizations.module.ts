import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { CatalogModule } from '../catalog/catalog.module';
import { MailModule } from '../mail/mail.module';
import { OrganizationAccess } from './organization-access';
import { OrganizationAdminController } from './organization-admin.controller';
import { OrganizationAdminService } from './organization-admin.service';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [CatalogModule, MailModule, AccountsModule],
  controllers: [OrganizationsController, OrganizationAdminController],
  providers: [OrganizationsService, OrganizationAdminService, OrganizationAccess],
  exports: [OrganizationAccess],
})
export class OrganizationsModule {}
