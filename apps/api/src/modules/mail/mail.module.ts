import { Module } from '@nestjs/common';
import { DevMailbox } from './dev-mailbox';
import { MailService } from './mail.service';

@Module({ providers: [MailService, DevMailbox], exports: [MailService, DevMailbox] })
export class MailModule {}
