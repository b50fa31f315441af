import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What a replication copies of the original solution. */
export interface ReplicationSource {
  title: string;
  language: string;
  summary: string | null;
  challenge: string | null;
  towardsSolution: string | null;
  resultsImpact: string | null;
  sustainability: string | null;
  replicability: string | null;
  lessonsLearned: string | null;
  buildingBlocks: unknown;
  sdgs: number[];
  sdgTargets: string[];
  modality: string | null;
  themes: string[];
  /** Its countries other than recipients, in order. */
  countries: { country: string; role: string }[];
}

export interface OrganizationCard {
  name: string;
  type: string;
  country: string | null;
  acronym: string | null;
}

/**
 * The solution side of a replication: reading the original and starting the draft revision.
 * Always on the match's transaction, which holds the match's row lock.
 */
@Injectable()
export class ReplicationRepository {
  async findSource(m: EntityManager, solutionId: string): Promise<ReplicationSource | null> {
    const [s]: {
      title: string;
      language: string;
      summary: string | null;
      challenge: string | null;
      towards_solution: string | null;
      results_impact: string | null;
      sustainability: string | null;
      replicability: string | null;
      lessons_learned: string | null;
      building_blocks: unknown;
      sdgs: number[];
      sdg_targets: string[];
      modality: string | null;
      themes: string[];
    }[] = await m.query(
      `SELECT title, language, summary, challenge, towards_solution, results_impact, sustainability, replicability,
         lessons_learned, building_blocks, sdgs, sdg_targets, modality, themes
       FROM solutions WHERE id = $1`,
      [solutionId],
    );
    if (!s) return null;
    const countries: { country: string; role: string }[] = await m.query(
      `SELECT trim(country) AS country, role FROM solution_countries WHERE solution_id = $1 AND role <> 'recipient' ORDER BY position`,
      [solutionId],
    );
    return {
      title: s.title,
      language: s.language,
      summary: s.summary,
      challenge: s.challenge,
      towardsSolution: s.towards_solution,
      resultsImpact: s.results_impact,
      sustainability: s.sustainability,
      replicability: s.replicability,
      lessonsLearned: s.lessons_learned,
      buildingBlocks: s.building_blocks,
      sdgs: s.sdgs,
      sdgTargets: s.sdg_targets,
      modality: s.modality,
      themes: s.themes,
      countries: countries.map((c) => ({ country: c.country, role: c.role })),
    };
  }

  async findOrganizationCard(m: EntityManager, organizationId: string): Promise<OrganizationCard | null> {
    const [o]: OrganizationCard[] = await m.query(
      `SELECT name, type, trim(country) AS country, acronym FROM organizations WHERE id = $1`,
      [organizationId],
    );
    return o ? { name: o.name, type: o.type, country: o.country, acronym: o.acronym } : null;
  }

  /** Revision 1 of a new solution, a draft of the organization, remembering its original; its solution id. */
  async insertDraft(
    m: EntityManager,
    draft: { organizationId: string; content: object; authorId: string; replicatedFrom: string },
  ): Promise<string> {
    const [revision]: { solution_id: string }[] = await m.query(
      `INSERT INTO solution_revisions (solution_id, organization_id, number, state, content, version, author_id, replicated_from)
       VALUES (gen_random_uuid(), $1, 1, 'draft', $2, 1, $3, $4) RETURNING solution_id`,
      [draft.organizationId, JSON.stringify(draft.content), draft.authorId, draft.replicatedFrom],
    );
    return revision.solution_id;
  }
}
