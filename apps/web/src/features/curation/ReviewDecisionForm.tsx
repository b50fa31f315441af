import {
  REVIEW_DECISIONS,
  ReviewInputSchema,
  RUBRIC_CRITERIA,
  type ReviewDecision,
  type Rubric,
  type RubricCriterion,
  type SolutionWorkspace,
} from '@galaxy/contracts';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../app/api';
import { useApiForm } from '../../app/useApiForm';
import { ApiFormElement, SubmitButton, TextAreaField } from '../../components/FormFields';
import { conflictKind, type ConflictKind } from './review-outcome';
import './curation.css';

export const SCORES = [0, 1, 2, 3] as const;
export type RubricDraft = Partial<Record<RubricCriterion, number>>;

/** What the curator has typed and chosen: kept by the page, so a refused attempt loses nothing. */
export interface DecisionDraft {
  decision: ReviewDecision | '';
  note: string;
  rubric: RubricDraft;
}

interface DecisionFormProps {
  workspace: SolutionWorkspace;
  draft: DecisionDraft;
  onChange: (draft: DecisionDraft) => void;
  onDecided: (decision: ReviewDecision) => void;
  onConflict: (kind: ConflictKind) => void;
}

const complete = (rubric: RubricDraft): Rubric | undefined =>
  RUBRIC_CRITERIA.every((c) => rubric[c] !== undefined) ? (rubric as Rubric) : undefined;

/** Approve and publish, request changes or reject, with the quality rubric: only what is allowed now. */
export function ReviewDecisionForm({ workspace, draft, onChange, onDecided, onConflict }: DecisionFormProps) {
  const { t } = useTranslation();
  const decisions = REVIEW_DECISIONS.filter((d) => workspace.allowedActions.includes(d));
  const { decision, note, rubric } = draft;
  const set = (patch: Partial<DecisionDraft>) => onChange({ ...draft, ...patch });

  const { form, submit, reject } = useApiForm({
    id: 'review',
    schema: ReviewInputSchema,
    labels: {
      decision: t('curation.review.decision'),
      note: noteLabel(decision, t),
      rubric: t('curation.rubric.legend'),
    },
    send: (input) => apiSend('POST', `/solutions/${workspace.solutionId}/review`, input),
    onSuccess: (_, input) => onDecided(input.decision),
    onProblem: (error, fallback) => {
      const kind = conflictKind(error);
      if (!kind) return fallback;
      // The page says what happened, above the form (which may be gone once the page reloads).
      onConflict(kind);
      return {};
    },
  });

  const send = () => {
    // The contract's own messages are English: the form says the same in the reader's language first.
    const fields: Record<string, string> = {};
    if (!decision) fields.decision = t('form.error.choose');
    if ((decision === 'request_changes' || decision === 'reject') && !note.trim()) {
      fields.note = decision === 'reject' ? t('curation.review.reasonRequired') : t('curation.review.changesRequired');
    }
    const scored = complete(rubric);
    if (decision === 'approve' && !scored) fields.rubric = t('curation.rubric.required');
    if (Object.keys(fields).length > 0 || !decision) return reject({ fields });
    void submit({
      version: workspace.version,
      decision,
      ...(note.trim() ? { note: note.trim() } : {}),
      // A rubric goes with any decision once it is complete; a partial one is only a draft.
      ...(scored ? { rubric: scored } : {}),
    });
  };

  return (
    <ApiFormElement form={form} onSubmit={send} labelledBy="decision-heading" className="stacked-form review-form">
      <fieldset className={form.errors.decision ? 'field field-invalid' : 'field'}>
        <legend>{t('curation.review.decision')}</legend>
        {form.errors.decision && (
          <p className="field-error" id="review-decision-error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {form.errors.decision}
          </p>
        )}
        <ul className="checkbox-list">
          {decisions.map((d, index) => (
            <li key={d}>
              <label>
                <input
                  type="radio"
                  name="decision"
                  id={index === 0 ? form.fieldId('decision') : undefined}
                  value={d}
                  checked={decision === d}
                  onChange={() => set({ decision: d })}
                  aria-describedby={form.errors.decision ? 'review-decision-error' : undefined}
                />
                <span>
                  <strong>{t(`curation.review.decisions.${d}`)}</strong>
                  <span className="field-hint"> {t(`curation.review.decisionHints.${d}`)}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <TextAreaField
        form={form}
        name="note"
        value={note}
        onChange={(value) => set({ note: value })}
        rows={5}
        optional={decision === 'approve' || decision === ''}
        hint={t('curation.review.noteHint')}
      />

      <RubricFields
        rubric={rubric}
        onChange={(next) => set({ rubric: next })}
        firstId={form.fieldId('rubric')}
        error={form.errors.rubric}
        required={decision === 'approve'}
      />

      <SubmitButton form={form}>
        {decision ? t(`curation.review.submit.${decision}`) : t('curation.review.submit.none')}
      </SubmitButton>
    </ApiFormElement>
  );
}

function noteLabel(decision: DecisionDraft['decision'], t: (key: string) => string): string {
  if (decision === 'reject') return t('curation.review.noteReject');
  if (decision === 'request_changes') return t('curation.review.noteChanges');
  return t('curation.review.note');
}

interface RubricFieldsProps {
  rubric: RubricDraft;
  onChange: (rubric: RubricDraft) => void;
  /** The id of the first radio, where "go to the error" lands. */
  firstId: string;
  error?: string;
  required: boolean;
}

/** Seven criteria, each a group of four radios (0 to 3), inside one group with its own legend. */
function RubricFields({ rubric, onChange, firstId, error, required }: RubricFieldsProps) {
  const { t } = useTranslation();
  const missing = RUBRIC_CRITERIA.filter((c) => rubric[c] === undefined);
  // The first unscored criterion takes the id, so the error link lands where work is left.
  const focusTarget = missing[0] ?? RUBRIC_CRITERIA[0];
  return (
    <fieldset
      className={error ? 'field rubric field-invalid' : 'field rubric'}
      aria-describedby={error ? 'review-rubric-error rubric-hint' : 'rubric-hint'}
    >
      <legend>
        {t('curation.rubric.legend')}
        {!required && <span className="optional"> {t('curation.rubric.optionalUnlessApproving')}</span>}
      </legend>
      <p className="field-hint" id="rubric-hint">
        {t('curation.rubric.hint')}
      </p>
      {error && (
        <p className="field-error" id="review-rubric-error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {RUBRIC_CRITERIA.map((criterion) => (
        <fieldset key={criterion} className="rubric-criterion" aria-describedby={`rubric-${criterion}-hint`}>
          <legend>{t(`curation.rubric.criteria.${criterion}.label`)}</legend>
          <p className="field-hint" id={`rubric-${criterion}-hint`}>
            {t(`curation.rubric.criteria.${criterion}.hint`)}
          </p>
          <ul className="rubric-scores">
            {SCORES.map((score) => (
              <li key={score}>
                <label>
                  <input
                    type="radio"
                    name={`rubric-${criterion}`}
                    id={criterion === focusTarget && score === 0 ? firstId : undefined}
                    value={score}
                    checked={rubric[criterion] === score}
                    onChange={() => onChange({ ...rubric, [criterion]: score })}
                  />
                  <span>
                    <span className="rubric-score-number">{score}</span> {t(`curation.rubric.score.${score}`)}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </fieldset>
  );
}
