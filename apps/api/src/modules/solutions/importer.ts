import { SolutionInputSchema, type SolutionInputParsed } from '@galaxy/contracts';
import { parse as parseCsv } from 'csv-parse/sync';
import type { CatalogWriter, WriteResult } from './catalog-writer';

export interface ImportRowError {
  /** 1-based record number (for CSV, the line of the record after the header is line 2). */
  row: number;
  externalId?: string;
  errors: { field: string; message: string }[];
}

export interface ImportPlan {
  valid: { row: number; input: SolutionInputParsed }[];
  invalid: ImportRowError[];
}

const list = (value: unknown) =>
  typeof value === 'string' && value.trim() !== ''
    ? value
        .split(';')
        .map((v) => v.trim())
        .filter(Boolean)
    : [];
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const number = (value: unknown) =>
  typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : blankToUndefined(value);

/**
 * A CSV row → the shape of a JSON record. Lists are `;`-separated; countries are `KE:recipient`;
 * organizations are `name|type|role|country?|acronym?`.
 */
function fromCsvRow(row: Record<string, string>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(row)) {
    switch (key) {
      case 'sdgs':
        record[key] = list(raw).map((v) => (/^\d+$/.test(v) ? Number(v) : v));
        break;
      case 'sdgTargets':
      case 'themes':
        record[key] = list(raw);
        break;
      case 'countries':
        record[key] = list(raw).map((v) => {
          const [country, role] = v.split(':').map((p) => p.trim());
          return { country, role };
        });
        break;
      case 'organizations':
        record[key] = list(raw).map((v) => {
          const [name, type, role, country, acronym] = v.split('|').map((p) => p.trim());
          return { name, type, role, country: country || undefined, acronym: acronym || undefined };
        });
        break;
      case 'startYear':
      case 'endYear':
        record[key] = number(raw);
        break;
      default:
        record[key] = blankToUndefined(raw);
    }
  }
  return record;
}

/** Reads a JSON array (or `{ "solutions": [...] }`) or a CSV file into records. */
export function readRecords(content: string, format: 'json' | 'csv'): { records: unknown[]; firstRow: number } {
  if (format === 'csv') {
    const rows = parseCsv(content, { columns: true, skip_empty_lines: true, trim: false, bom: true }) as Record<
      string,
      string
    >[];
    return { records: rows.map(fromCsvRow), firstRow: 2 };
  }
  const parsed: unknown = JSON.parse(content);
  const records = Array.isArray(parsed)
    ? parsed
    : parsed && typeof parsed === 'object' && Array.isArray((parsed as { solutions?: unknown }).solutions)
      ? (parsed as { solutions: unknown[] }).solutions
      : undefined;
  if (!records) throw new Error('a JSON import is an array of solutions, or an object with a "solutions" array');
  return { records, firstRow: 1 };
}

/** Validates every record against the contract; an external id is required so that re-imports update. */
export function planImport(records: readonly unknown[], firstRow = 1): ImportPlan {
  const plan: ImportPlan = { valid: [], invalid: [] };
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const row = firstRow + i;
    const result = SolutionInputSchema.safeParse(record);
    const externalId = (record as { externalId?: unknown })?.externalId;
    const id = typeof externalId === 'string' ? externalId : undefined;
    const errors = result.success
      ? []
      : result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
    if (!id)
      errors.push({
        field: 'externalId',
        message: 'Required for import, so that importing again updates instead of duplicating',
      });
    else if (seen.has(id)) errors.push({ field: 'externalId', message: `Same external id as row ${seen.get(id)}` });
    if (id && !seen.has(id)) seen.set(id, row);
    if (errors.length || !result.success) plan.invalid.push({ row, externalId: id, errors });
    else plan.valid.push({ row, input: result.data });
  });
  return plan;
}

export async function runImport(writer: CatalogWriter, plan: ImportPlan, publish: boolean): Promise<WriteResult> {
  return writer.writeSolutions(
    plan.valid.map((v) => v.input),
    { publish },
  );
}
