import {
  SolutionDraftFieldsSchema,
  SolutionFieldsSchema,
  type SolutionDetail,
  type SolutionDraft,
  type SolutionInputParsed,
} from '@galaxy/contracts';
import type { EntityMetadata } from 'typeorm';
import { withoutNulls } from '../../common/objects';
import type { SolutionEntity } from './solution.entity';

/**
 * The one place that knows which columns hold a solution's fields. The contract's field names
 * (`SolutionFieldsSchema`) are the entity's property names, and the entity's metadata gives each
 * one's column and type, so the SQL that writes a solution (the column list, the `jsonb_to_record`
 * types, `SET x = excluded.x`), the row it writes, the draft a revision starts from and the public
 * detail are all derived here: a new field is a contract field, a migration and an entity column.
 */

/** Contract fields that are rows of their own tables, not columns of `solutions`. */
const RELATIONS = ['countries', 'organizations'] as const;
type Relation = (typeof RELATIONS)[number];

/** A field of a solution that is a column of `solutions`. */
export type SolutionField = Exclude<keyof typeof SolutionFieldsSchema.shape, Relation>;
/** The same, as a partner writes it in a draft (no external id, no source). */
export type DraftField = Exclude<keyof typeof SolutionDraftFieldsSchema.shape, Relation>;

// Compile-time half of the rule: the entity has a property for every field (the runtime half,
// `columnsOf`, checks that the property is a column).
type Missing = Exclude<SolutionField, keyof SolutionEntity>;
const everyFieldIsAProperty: [Missing] extends [never] ? true : { missing: Missing } = true;
void everyFieldIsAProperty;
// The public detail shows every field as written: its contract must list them all.
type NotInDetail = Exclude<SolutionField, keyof SolutionDetail>;
const everyFieldIsInTheDetail: [NotInDetail] extends [never] ? true : { notInDetail: NotInDetail } = true;
void everyFieldIsInTheDetail;

const notRelation = (key: string) => !(RELATIONS as readonly string[]).includes(key);
export const SOLUTION_FIELDS = Object.keys(SolutionFieldsSchema.shape).filter(notRelation) as SolutionField[];
export const DRAFT_FIELDS = Object.keys(SolutionDraftFieldsSchema.shape).filter(notRelation) as DraftField[];

/**
 * Lists added after solutions were published: a solution without any reads as a draft without the
 * field, so a revision written before the field existed does not show it as changed.
 */
const ABSENT_WHEN_EMPTY: ReadonlySet<DraftField> = new Set<DraftField>(['funders']);

export interface SolutionColumn {
  field: SolutionField;
  /** The column's name in `solutions`. */
  name: string;
  /** Its type as `jsonb_to_record` reads it, e.g. `smallint[]`. */
  type: string;
  /** A list of plain values (not jsonb): written as a set, without repeats. */
  set: boolean;
}

/** The SQL fragments that write these columns, from rows made by `columnValues`. */
export interface ColumnsSql {
  /** `a, b, c` */
  names: string;
  /** `r.a, r.b, r.c` */
  values: string;
  /** `a text, b smallint[]` */
  record: string;
  /** `a = excluded.a, b = excluded.b` */
  setExcluded: string;
}

export class SolutionColumns {
  /** Every field that is a column (the public detail shows them). */
  readonly all: readonly SolutionColumn[];
  /** What the import and a publication write: every field but the external id (the import's key). */
  readonly written: readonly SolutionColumn[];

  constructor(metadata: EntityMetadata) {
    this.all = SOLUTION_FIELDS.map((field) => {
      const column = metadata.findColumnWithPropertyName(field);
      if (!column)
        throw new Error(
          `SolutionEntity has no column for the contract field "${field}": add it to solution.entity.ts (and a migration)`,
        );
      const base = String(column.type) + (column.length ? `(${column.length})` : '');
      return { field, name: column.databaseName, type: base + (column.isArray ? '[]' : ''), set: column.isArray };
    });
    this.written = this.all.filter((c) => c.field !== 'externalId');
  }

  /** The SQL of these columns, read from a record aliased `r`. */
  sql(columns: readonly SolutionColumn[]): ColumnsSql {
    return {
      names: columns.map((c) => c.name).join(', '),
      values: columns.map((c) => `r.${c.name}`).join(', '),
      record: columns.map((c) => `${c.name} ${c.type}`).join(', '),
      setExcluded: columns.map((c) => `${c.name} = excluded.${c.name}`).join(', '),
    };
  }

  /** The input's values of these columns, keyed by column name (absent optional fields are NULL). */
  values(input: SolutionInputParsed, columns: readonly SolutionColumn[]): Record<string, unknown> {
    return Object.fromEntries(
      columns.map((c) => {
        const value: unknown = input[c.field] ?? null;
        return [c.name, c.set && Array.isArray(value) ? [...new Set(value)] : value];
      }),
    );
  }
}

/**
 * The published solution in the shape a partner writes, fields in the contract's order (cleared
 * fields absent): what a revision starts from and is compared with.
 */
export function draftOf(solution: SolutionEntity, relations: Pick<Required<SolutionDraft>, Relation>): SolutionDraft {
  const draft: Record<string, unknown> = {};
  for (const key of Object.keys(SolutionDraftFieldsSchema.shape) as (DraftField | Relation)[]) {
    const value: unknown = key === 'countries' || key === 'organizations' ? relations[key] : solution[key];
    if (ABSENT_WHEN_EMPTY.has(key as DraftField) && Array.isArray(value) && !value.length) continue;
    draft[key] = value;
  }
  return withoutNulls(draft) as SolutionDraft;
}

/** The solution's own fields as the public detail shows them (the detail adds the rest). */
export function detailFields(solution: SolutionEntity): Pick<SolutionEntity, SolutionField> {
  return Object.fromEntries(SOLUTION_FIELDS.map((field) => [field, solution[field]])) as Pick<
    SolutionEntity,
    SolutionField
  >;
}
