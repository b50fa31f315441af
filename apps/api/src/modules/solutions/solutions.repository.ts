import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { SolutionEntity } from './solution.entity';

@Injectable()
export class SolutionsRepository {
  private readonly repo: Repository<SolutionEntity>;

  constructor(private readonly db: DataSource) {
    this.repo = db.getRepository(SolutionEntity);
  }

  findPublished(where: { id: string } | { slug: string }): Promise<SolutionEntity | null> {
    return this.repo.findOne({
      where: { ...where, curationStatus: 'published' },
      relations: { countries: true, organizations: { organization: true } },
    });
  }

  /** Published solutions sharing the most SDGs with this one, then the same countries, newest first. */
  async relatedIds(id: string, sdgs: number[], countries: string[], limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT s.id FROM solutions s
       WHERE s.curation_status = 'published' AND s.id <> $1 AND s.sdgs && $2::smallint[]
       ORDER BY cardinality(ARRAY(SELECT unnest(s.sdgs) INTERSECT SELECT unnest($2::smallint[]))) DESC,
                EXISTS (SELECT 1 FROM solution_countries c WHERE c.solution_id = s.id AND c.country = ANY($3::text[])) DESC,
                s.published_at DESC, s.id
       LIMIT $4`,
      [id, sdgs, countries, limit],
    );
    return rows.map((r) => r.id);
  }
}
