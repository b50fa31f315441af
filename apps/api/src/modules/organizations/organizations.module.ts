import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

@Module({ imports: [CatalogModule], controllers: [OrganizationsController], providers: [OrganizationsService] })
export class OrganizationsModule {}
