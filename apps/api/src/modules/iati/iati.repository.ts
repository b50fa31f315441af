import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { parseFirst } from '../../database/rows';

/**
 * The organizations an IATI import needs (the owner of a draft, found by name or created). The
 * solutions, their revisions and the activities they came from are the solutions repositories'.
 */
@Injectable()
export class IatiRepository {
  async organizationExists(m: EntityManager, id: string): Promise<boolean> {
    return (await m.query(`SELECT 1 FROM organizations WHERE id = $1`, [id])).length > 0;
  }

  async organizationByName(m: EntityManager, name: string): Promise<string | undefined> {
    const rows = await m.query(
      `SELECT id FROM organizations WHERE lower(name) = lower($1) ORDER BY created_at LIMIT 1`,
      [name],
    );
    return parseFirst(z.object({ id: z.string() }), rows)?.id;
  }

  async createOrganization(
    m: EntityManager,
    o: { slug: string; name: string; type: string; source: string },
  ): Promise<string> {
    const rows = await m.query(
      `INSERT INTO organizations (slug, name, type, description, source) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [o.slug, o.name, o.type, `${o.name}.`, o.source],
    );
    const row = parseFirst(z.object({ id: z.string() }), rows);
    if (!row) throw new Error(`could not create the organization ${o.name}`);
    return row.id;
  }
}
