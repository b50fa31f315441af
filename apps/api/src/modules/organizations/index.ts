// The organizations module's public interface: other modules import only what is exported here.
export { AccessPolicy, unknownOrganizationInBody, type Recipient } from './access-policy';
export { OrganizationEntity } from './organization.entity';
export { OrganizationsModule } from './organizations.module';
export { OrganizationsRepository, type NamedOrganization } from './organizations.repository';
