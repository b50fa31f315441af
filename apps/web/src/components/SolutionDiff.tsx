import type { ContentLanguage, SolutionDraft } from '@galaxy/contracts';
import { diffWords, type Change } from 'diff';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { contentLangProps } from '../app/content-lang';
import { useCountries, useSdgs } from '../app/useReference';
import './SolutionDiff.css';

export interface SolutionDiffProps {
  /** The version compared against (the published one); without it, `after` is shown whole. */
  before?: SolutionDraft | null;
  after: SolutionDraft;
  /** Names of the two sides, e.g. "Published version" and "Submitted revision". */
  labels?: { before?: string; after?: string };
  /** Level of each field's heading, so the diff fits in the page's outline. */
  headingLevel?: 2 | 3 | 4;
}

type Draft = Record<string, unknown>;
type FieldKind = 'text' | 'choice' | 'list';

/** The fields in the order of the partner's form, with the kind of comparison each needs. */
const FIELDS: readonly (readonly [string, FieldKind])[] = [
  ['title', 'text'],
  ['subtitle', 'text'],
  ['language', 'choice'],
  ['summary', 'text'],
  ['challenge', 'text'],
  ['towardsSolution', 'text'],
  ['resultsImpact', 'text'],
  ['sustainability', 'text'],
  ['replicability', 'text'],
  ['lessonsLearned', 'text'],
  ['buildingBlocks', 'list'],
  ['sdgs', 'list'],
  ['sdgTargets', 'list'],
  ['countries', 'list'],
  ['modality', 'choice'],
  ['themes', 'list'],
  ['organizations', 'list'],
  ['funders', 'list'],
  ['projectStatus', 'choice'],
  ['startYear', 'choice'],
  ['endYear', 'choice'],
  ['budgetRange', 'choice'],
  ['beneficiaries', 'text'],
  ['contacts', 'list'],
  ['links', 'list'],
];
const KNOWN = new Set(FIELDS.map(([name]) => name));

type FieldStatus = 'unchanged' | 'changed' | 'added' | 'removed';

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** JSON with object keys sorted, so that equal content compares equal whatever the key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function fieldStatus(before: unknown, after: unknown): FieldStatus {
  if (isEmpty(before) && isEmpty(after)) return 'unchanged';
  if (isEmpty(before)) return 'added';
  if (isEmpty(after)) return 'removed';
  return stableJson(before) === stableJson(after) ? 'unchanged' : 'changed';
}

const asText = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : isEmpty(value)
      ? ''
      : typeof value === 'number'
        ? String(value)
        : stableJson(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** Word segmentation in the text's own language (Chinese has no spaces between words). */
function segmenterFor(language: string | undefined): unknown {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return undefined;
  try {
    return new Intl.Segmenter(language ?? 'en', { granularity: 'word' });
  } catch {
    return undefined;
  }
}

function wordChanges(before: string, after: string, language: string | undefined): Change[] {
  const intlSegmenter = segmenterFor(language);
  return diffWords(before, after, intlSegmenter ? { intlSegmenter } : undefined);
}

// ---- marks: never colour alone (ins/del are underlined and struck through, and say so aloud) ----

export function Added({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ins className="diff-added">
      <span className="visually-hidden">{t('curation.diff.addedStart')}</span>
      {children}
      <span className="visually-hidden">{t('curation.diff.addedEnd')}</span>
    </ins>
  );
}

export function Removed({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <del className="diff-removed">
      <span className="visually-hidden">{t('curation.diff.removedStart')}</span>
      {children}
      <span className="visually-hidden">{t('curation.diff.removedEnd')}</span>
    </del>
  );
}

type Side = 'before' | 'after';

/** One side of a word-level text diff: the removed words on the old side, the added ones on the new. */
function TextSide({ changes, side }: { changes: Change[]; side: Side }) {
  return (
    <>
      {changes.map((change, i) => {
        if (change.added) return side === 'after' ? <Added key={i}>{change.value}</Added> : null;
        if (change.removed) return side === 'before' ? <Removed key={i}>{change.value}</Removed> : null;
        return <span key={i}>{change.value}</span>;
      })}
    </>
  );
}

// ---- how each kind of value reads ----

function useValueText() {
  const { t } = useTranslation();
  const countries = useCountries();
  const sdgs = useSdgs();
  const choice = (field: string, value: unknown): string => {
    const text = asText(value);
    switch (field) {
      case 'language':
        return t(`contentLanguage.${text}`, { defaultValue: text });
      case 'modality':
        return t(`modality.${text}`, { defaultValue: text });
      case 'projectStatus':
        return t(`projectStatus.${text}`, { defaultValue: text });
      case 'budgetRange':
        return t(`budgetRange.${text}`, { defaultValue: text });
      default:
        return text;
    }
  };
  /** A list item as one line of text (building blocks are shown in full elsewhere). */
  const item = (field: string, value: unknown): string => {
    const v = asRecord(value);
    const join = (...parts: unknown[]) =>
      parts.filter((p) => typeof p === 'string' && p.trim() !== '').join(t('curation.diff.partSeparator'));
    switch (field) {
      case 'sdgs':
        return `${asText(value)}. ${sdgs.goalName(Number(value))}`;
      case 'sdgTargets': {
        const title = sdgs.targetTitle(asText(value));
        return title ? `${asText(value)} ${title}` : asText(value);
      }
      case 'themes':
        return t(`theme.${asText(value)}`, { defaultValue: asText(value) });
      case 'countries':
        return `${countries.name(asText(v.country))}: ${t(`countryRole.${asText(v.role)}`, { defaultValue: asText(v.role) })}`;
      case 'organizations':
        return join(
          v.acronym ? `${asText(v.name)} (${asText(v.acronym)})` : asText(v.name),
          t(`organizationRole.${asText(v.role)}`, { defaultValue: asText(v.role) }),
          t(`organizationType.${asText(v.type)}`, { defaultValue: asText(v.type) }),
          v.country ? countries.name(asText(v.country)) : undefined,
        );
      case 'funders':
        return join(
          v.name,
          t(`organizationType.${asText(v.type)}`, { defaultValue: asText(v.type) }),
          v.amount !== undefined && v.amount !== null ? `${asText(v.amount)} ${asText(v.currency)}` : undefined,
          v.year !== undefined && v.year !== null ? asText(v.year) : undefined,
        );
      case 'contacts':
        return join(v.name, v.role, v.email, v.organization);
      case 'links':
        return join(v.label, v.url);
      default:
        return typeof value === 'string' ? value : stableJson(value);
    }
  };
  return { choice, item };
}

/** The human name of a solution's field ("towardsSolution" → "Towards a solution"), in the UI language. */
export function useSolutionFieldLabel() {
  const { t } = useTranslation();
  return (field: string): string => {
    switch (field) {
      case 'summary':
      case 'challenge':
      case 'towardsSolution':
      case 'resultsImpact':
      case 'sustainability':
      case 'replicability':
      case 'lessonsLearned':
      case 'buildingBlocks':
        return t(`solution.section.${field}`);
      case 'language':
        return t('solution.language');
      case 'modality':
        return t('solution.modality');
      case 'projectStatus':
        return t('solution.status');
      case 'budgetRange':
        return t('solution.budget');
      case 'beneficiaries':
        return t('solution.beneficiaries');
      case 'sdgs':
        return t('sdg.goals');
      case 'sdgTargets':
        return t('solution.targets');
      case 'countries':
        return t('solution.countries');
      case 'themes':
        return t('solution.themes');
      case 'organizations':
        return t('solution.organizations');
      case 'funders':
        return t('solution.funders');
      case 'contacts':
        return t('solution.contacts');
      case 'links':
        return t('solution.links');
      default:
        return t(`curation.field.${field}`, { defaultValue: field });
    }
  };
}

// ---- the component ----

interface FieldRow {
  name: string;
  kind: FieldKind;
  before: unknown;
  after: unknown;
  status: FieldStatus;
}

/**
 * A solution's content compared field by field, side by side: words added and removed in texts,
 * items added and removed in lists. Without `before`, the content is shown whole.
 */
export function SolutionDiff({ before, after, labels, headingLevel = 3 }: SolutionDiffProps) {
  const { t } = useTranslation();
  const id = useId();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const compare = before !== undefined && before !== null;

  const rows = useMemo<FieldRow[]>(() => {
    const b: Draft = (before ?? {}) as Draft;
    const a: Draft = after as Draft;
    // Fields this version of the app does not know are still shown, as they are.
    const extra = [...new Set([...Object.keys(b), ...Object.keys(a)])]
      .filter((name) => !KNOWN.has(name))
      .map((name) => [name, 'text'] as const);
    return [...FIELDS, ...extra]
      .map(([name, kind]) => ({ name, kind, before: b[name], after: a[name], status: fieldStatus(b[name], a[name]) }))
      .filter((row) => !isEmpty(row.before) || !isEmpty(row.after));
  }, [before, after]);

  const changed = rows.filter((row) => row.status !== 'unchanged').length;
  const shown = compare && !showUnchanged ? rows.filter((row) => row.status !== 'unchanged') : rows;
  const beforeLabel = labels?.before ?? t('curation.diff.before');
  const afterLabel = labels?.after ?? t('curation.diff.after');
  const Heading = `h${headingLevel}` as 'h3';

  return (
    <div className={compare ? 'solution-diff' : 'solution-diff solution-diff-whole'}>
      {compare && (
        <div className="diff-toolbar">
          <p className="diff-count">
            {changed === 0 ? t('curation.diff.noChanges') : t('curation.diff.changedCount', { count: changed })}
          </p>
          {rows.length > changed && (
            <label className="diff-toggle">
              <input type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} />
              {t('curation.diff.showUnchanged')}
            </label>
          )}
        </div>
      )}
      {shown.map((row) => (
        <section key={row.name} className={`diff-field diff-field-${row.status}`} aria-labelledby={`${id}-${row.name}`}>
          <Heading id={`${id}-${row.name}`} className="diff-field-heading">
            <FieldLabel name={row.name} />
            {compare && row.status !== 'unchanged' && (
              <span className={`badge diff-badge diff-badge-${row.status}`}>
                {t(`curation.diff.status.${row.status}`)}
              </span>
            )}
          </Heading>
          {compare ? (
            <div className="diff-columns">
              <div className="diff-side diff-side-before">
                <p className="diff-side-label">{beforeLabel}</p>
                <FieldValue row={row} side="before" compare language={(before as Draft).language} />
              </div>
              <div className="diff-side diff-side-after">
                <p className="diff-side-label">{afterLabel}</p>
                <FieldValue row={row} side="after" compare language={(after as Draft).language} />
              </div>
            </div>
          ) : (
            <div className="diff-side">
              <FieldValue row={row} side="after" compare={false} language={(after as Draft).language} />
            </div>
          )}
        </section>
      ))}
    </div>
  );
}

function FieldLabel({ name }: { name: string }) {
  const label = useSolutionFieldLabel();
  return <span>{label(name)}</span>;
}

interface FieldValueProps {
  row: FieldRow;
  side: Side;
  compare: boolean;
  language: unknown;
}

function FieldValue({ row, side, compare, language }: FieldValueProps) {
  const { t } = useTranslation();
  const values = useValueText();
  const value = side === 'before' ? row.before : row.after;
  const lang = typeof language === 'string' ? (language as ContentLanguage) : undefined;
  const content = lang ? contentLangProps(lang) : { dir: 'auto' as const };

  if (isEmpty(value)) return <p className="diff-empty muted">{t('curation.diff.empty')}</p>;

  if (row.kind === 'text') {
    return (
      <div className="diff-text" {...content}>
        {compare ? (
          <TextDiff before={asText(row.before)} after={asText(row.after)} side={side} language={lang} />
        ) : (
          asText(value)
        )}
      </div>
    );
  }

  if (row.kind === 'choice') {
    const text = values.choice(row.name, value);
    if (!compare || row.status === 'unchanged') return <p className="diff-choice">{text}</p>;
    return <p className="diff-choice">{side === 'before' ? <Removed>{text}</Removed> : <Added>{text}</Added>}</p>;
  }

  if (row.name === 'buildingBlocks') {
    return <BuildingBlocks row={row} side={side} compare={compare} language={lang} />;
  }

  // Other lists: each item is there on both sides, or added, or removed.
  const other = new Set(asList(side === 'before' ? row.after : row.before).map(stableJson));
  const textLang = row.name === 'contacts' || row.name === 'links' || row.name === 'organizations' ? content : {};
  return (
    <ul className="diff-list">
      {asList(value).map((item, i) => {
        const text = values.item(row.name, item);
        const kept = !compare || other.has(stableJson(item));
        return (
          <li key={i} {...textLang}>
            {kept ? text : side === 'before' ? <Removed>{text}</Removed> : <Added>{text}</Added>}
          </li>
        );
      })}
    </ul>
  );
}

function TextDiff({ before, after, side, language }: { before: string; after: string; side: Side; language?: string }) {
  const changes = useMemo(() => wordChanges(before, after, language), [before, after, language]);
  return <TextSide changes={changes} side={side} />;
}

const BLOCK_PARTS = ['description', 'enablingFactors', 'lessons'] as const;

/**
 * Building blocks are matched by title, so a block whose text changed shows its changed words;
 * a block with a new title reads as removed and added.
 */
function BuildingBlocks({ row, side, compare, language }: Omit<FieldValueProps, 'language'> & { language?: string }) {
  const { t } = useTranslation();
  const mine = asList(side === 'before' ? row.before : row.after).map(asRecord);
  const theirs = new Map(
    asList(side === 'before' ? row.after : row.before).map((b) => [asText(asRecord(b).title), asRecord(b)]),
  );
  const partLabel = (part: (typeof BLOCK_PARTS)[number]) =>
    part === 'description'
      ? t('curation.field.blockDescription')
      : part === 'enablingFactors'
        ? t('solution.enablingFactors')
        : t('solution.blockLessons');

  return (
    <ol className="diff-list diff-blocks">
      {mine.map((block, i) => {
        const title = asText(block.title);
        const match = compare ? theirs.get(title) : block;
        const body = (
          <>
            <strong className="diff-block-title">{title}</strong>
            <dl>
              {BLOCK_PARTS.map((part) => {
                const text = asText(block[part]);
                if (!text) return null;
                const old = side === 'before' ? text : asText(match?.[part]);
                const next = side === 'before' ? asText(match?.[part]) : text;
                return (
                  <div key={part}>
                    <dt>{partLabel(part)}</dt>
                    <dd className="diff-text">
                      {compare && match ? <TextDiff before={old} after={next} side={side} language={language} /> : text}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </>
        );
        return (
          <li key={i}>
            {!compare || match ? body : side === 'before' ? <Removed>{body}</Removed> : <Added>{body}</Added>}
          </li>
        );
      })}
    </ol>
  );
}
