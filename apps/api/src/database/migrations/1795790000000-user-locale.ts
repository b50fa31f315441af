import { MigrationInterface, QueryRunner } from 'typeorm';

/** The language a user reads Galaxy in, so the mails they get are written in it too. */
export class UserLocale1795790000000 implements MigrationInterface {
  name = 'UserLocale1795790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE users ADD COLUMN locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en','fr','es','ar','ru','zh'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN locale`);
  }
}
