import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A one-time link that lifts the sign-in throttle on an account: mailed to its owner after repeated
 * failed sign-ins, so an attacker's guesses never keep the owner out.
 */
export class LoginUnlock1796000000000 implements MigrationInterface {
  name = 'LoginUnlock1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE email_tokens DROP CONSTRAINT email_tokens_purpose_check`);
    await q.query(
      `ALTER TABLE email_tokens ADD CONSTRAINT email_tokens_purpose_check
         CHECK (purpose IN ('verify_email','reset_password','unlock_login'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM email_tokens WHERE purpose = 'unlock_login'`);
    await q.query(`ALTER TABLE email_tokens DROP CONSTRAINT email_tokens_purpose_check`);
    await q.query(
      `ALTER TABLE email_tokens ADD CONSTRAINT email_tokens_purpose_check CHECK (purpose IN ('verify_email','reset_password'))`,
    );
  }
}
