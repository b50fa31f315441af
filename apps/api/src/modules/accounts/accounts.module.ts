import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { OrganizationAccessModule } from '../organizations/organization-access.module';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { RateLimiter } from './rate-limiter';
import { SessionsService } from './sessions.service';

@Module({
  imports: [MailModule, OrganizationAccessModule],
  controllers: [AuthController],
  providers: [AccountsService, SessionsService, RateLimiter],
  exports: [AccountsService, SessionsService, RateLimiter],
})
export class AccountsModule {}
