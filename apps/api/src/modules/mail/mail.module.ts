import { Module } from '@nestjs/common';
import { DevMailbox } from './dev-mailbox';
import { DevMailsRepository } from './dev-mails.repository';
import { MailService } from './mail.service';

@Module({ providers: [MailService, DevMailbox, DevMailsRepository], exports: [MailService, DevMailbox] })
export class MailModule {}
