import type { SolutionSummary } from '@galaxy/contracts';
import { type SolutionDocument } from '../search';

/** A search document (from Meilisearch or built from the database) as a public list item. */
export function toSolutionSummary(doc: SolutionDocument): Omit<SolutionSummary, 'highlight'> {
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    subtitle: doc.subtitle,
    summary: doc.summary,
    language: doc.language as SolutionSummary['language'],
    sdgs: doc.sdgs,
    countries: doc.countryRoles,
    regions: doc.regions,
    modality: doc.modality as SolutionSummary['modality'],
    themes: doc.themes as SolutionSummary['themes'],
    projectStatus: doc.projectStatus as SolutionSummary['projectStatus'],
    startYear: doc.startYear,
    endYear: doc.endYear,
    organizations: doc.organizations,
    publishedAt: new Date(doc.publishedAt * 1000).toISOString(),
  };
}
