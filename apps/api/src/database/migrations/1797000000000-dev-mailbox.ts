import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The development mailbox's messages (outside production, without SMTP_URL): in PostgreSQL, so that
 * /dev/mail shows every mail whichever replica or worker sent it. Empty in production.
 */
export class DevMailbox1797000000000 implements MigrationInterface {
  name = 'DevMailbox1797000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE dev_mails (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         recipients text[] NOT NULL,
         subject text NOT NULL,
         text text NOT NULL,
         language text,
         links text[] NOT NULL DEFAULT '{}',
         sent_by text NOT NULL,
         received_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    await q.query(`CREATE INDEX dev_mails_received_at ON dev_mails (received_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dev_mails`);
  }
}
