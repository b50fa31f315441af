import { Module } from '@nestjs/common';
import { MailModule } from '../mail';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { RateLimiter } from './rate-limiter';
import { SessionsService } from './sessions.service';

@Module({
  imports: [MailModule],
  controllers: [AuthController],
  providers: [AccountsRepository, AccountsService, SessionsService, RateLimiter],
  exports: [AccountsRepository, AccountsService, SessionsService, RateLimiter],
})
export class AccountsModule {}
