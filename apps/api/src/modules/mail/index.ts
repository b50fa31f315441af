// The mail module's public interface: other modules import only what is exported here.
export { MailModule } from './mail.module';
export { MailService } from './mail.service';
export { isMailLanguage, mailLanguage } from './messages/index';
export { type CurationDecision } from './messages/mail-messages';
