import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts';
import { CatalogModule } from '../solutions';
import { MailModule } from '../mail';
import { OrganizationsModule } from '../organizations';
import { SolutionsDataModule } from '../solutions';
import { AuditLog } from './audit-log';
import { AuditLogRepository } from './audit-log.repository';
import { CurationImport } from './curation-import';
import { CurationMail } from './curation-mail';
import { CurationQueueService } from './curation-queue.service';
import { CurationController } from './curation.controller';
import { CurationService } from './curation.service';
import { VerificationReminders } from './verification-reminders';

@Module({
  imports: [CatalogModule, MailModule, AccountsModule, OrganizationsModule, SolutionsDataModule],
  controllers: [CurationController],
  providers: [
    AuditLogRepository,
    CurationService,
    CurationQueueService,
    CurationImport,
    CurationMail,
    AuditLog,
    VerificationReminders,
  ],
  exports: [AuditLog],
})
export class CurationModule {}
