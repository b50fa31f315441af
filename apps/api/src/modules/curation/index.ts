// The curation module's public interface: other modules import only what is exported here.
export { AuditLogRepository } from './audit-log.repository';
export { AuditLog } from './audit-log';
export { CurationModule } from './curation.module';
