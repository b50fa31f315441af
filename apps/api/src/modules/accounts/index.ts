// The accounts module's public interface: other modules import only what is exported here.
export { AccountsModule } from './accounts.module';
export { AccountsRepository } from './accounts.repository';
export { MEMBERSHIP_DIRECTORY } from './membership-directory';
export { RateLimiter } from './rate-limiter';
export { hashToken, newToken } from './tokens';
