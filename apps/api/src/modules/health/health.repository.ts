import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What readiness asks the database. */
@Injectable()
export class HealthRepository {
  constructor(private readonly db: DataSource) {}

  /** A round trip to PostgreSQL; rejects when it is unreachable. */
  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  /** Whether a migration of this build has not run yet. */
  migrationsPending(): Promise<boolean> {
    return this.db.showMigrations();
  }
}
