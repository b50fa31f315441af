import { MatchSchema, MatchUpdateInputSchema, type Match, type MatchStage } from '@galaxy/contracts';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../app/api';
import { useApiForm } from '../../app/useApiForm';
import { ApiFormElement, SubmitButton, TextAreaField } from '../../components/FormFields';
import { actionFor } from './match-format';
import './matches.css';

/** What the reader chose and typed for the next step: kept by the page, so a refusal loses nothing. */
export interface StageDraft {
  stage: MatchStage | '';
  note: string;
  outcome: string;
}

export const EMPTY_STAGE_DRAFT: StageDraft = { stage: '', note: '', outcome: '' };

interface MatchActionsProps {
  match: Match;
  draft: StageDraft;
  onChange: (draft: StageDraft) => void;
  onMoved: (match: Match, to: MatchStage) => void;
  /** A refusal the page explains (someone acted first…); true when it was one. */
  onConflict: (error: unknown) => boolean;
}

/** Forward moves first, dropping last: the usual next step is the first choice. */
const order = (stages: readonly MatchStage[]) =>
  [...stages].sort((a, b) => Number(a === 'dropped') - Number(b === 'dropped'));

/** The next step: only the moves the API says this reader may make now, with what each needs. */
export function MatchActions({ match, draft, onChange, onMoved, onConflict }: MatchActionsProps) {
  const { t } = useTranslation();
  const choices = order(match.allowedStages);
  const set = (patch: Partial<StageDraft>) => onChange({ ...draft, ...patch });
  const chosen = draft.stage && choices.includes(draft.stage) ? draft.stage : '';
  const action = chosen ? actionFor(chosen, match) : undefined;
  const noteRequired = chosen === 'dropped';

  const { form, submit, reject } = useApiForm({
    id: 'match-step',
    schema: MatchUpdateInputSchema,
    labels: {
      stage: t('matches.actions.legend'),
      note: noteLabel(action, t),
      outcome: t('matches.actions.outcome'),
    },
    send: (input) => apiSend('PATCH', `/matches/${match.id}`, input, MatchSchema),
    onSuccess: (updated, input) => onMoved(updated, input.stage as MatchStage),
    onProblem: (error, fallback) => (onConflict(error) ? {} : fallback),
  });

  const send = () => {
    const fields: Record<string, string> = {};
    if (!chosen) fields.stage = t('form.error.choose');
    if (noteRequired && !draft.note.trim())
      fields.note = action === 'decline' ? t('matches.actions.declineRequired') : t('matches.actions.dropRequired');
    if (chosen === 'completed' && !draft.outcome.trim()) fields.outcome = t('matches.actions.outcomeRequired');
    if (Object.keys(fields).length > 0 || !chosen) return reject({ fields });
    void submit({
      version: match.version,
      stage: chosen,
      ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
      ...(chosen === 'completed' ? { outcome: draft.outcome.trim() } : {}),
    });
  };

  return (
    <ApiFormElement form={form} onSubmit={send} labelledBy="next-step-heading" className="stacked-form match-step-form">
      <fieldset className={form.errors.stage ? 'field field-invalid' : 'field'}>
        <legend>{t('matches.actions.legend')}</legend>
        {form.errors.stage && (
          <p className="field-error" id="match-step-stage-error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {form.errors.stage}
          </p>
        )}
        <ul className="checkbox-list">
          {choices.map((stage, index) => {
            const a = actionFor(stage, match);
            return (
              <li key={stage}>
                <label>
                  <input
                    type="radio"
                    name="stage"
                    id={index === 0 ? form.fieldId('stage') : undefined}
                    value={stage}
                    checked={chosen === stage}
                    onChange={() => set({ stage })}
                    aria-describedby={form.errors.stage ? 'match-step-stage-error' : undefined}
                  />
                  <span>
                    <strong>{t(`matches.actions.choice.${a}`)}</strong>
                    <span className="field-hint"> {t(`matches.actions.hint.${a}`)}</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      {chosen === 'completed' && (
        <TextAreaField
          form={form}
          name="outcome"
          value={draft.outcome}
          onChange={(outcome) => set({ outcome })}
          rows={5}
          hint={t('matches.actions.outcomeHint')}
        />
      )}

      <TextAreaField
        form={form}
        name="note"
        value={draft.note}
        onChange={(note) => set({ note })}
        rows={4}
        optional={!noteRequired}
        hint={noteHint(action, t)}
      />

      <SubmitButton form={form}>
        {action ? t(`matches.actions.submit.${action}`) : t('matches.actions.submit.none')}
      </SubmitButton>
    </ApiFormElement>
  );
}

function noteLabel(action: string | undefined, t: (key: string) => string): string {
  if (action === 'introduce') return t('matches.actions.noteIntroduce');
  if (action === 'decline') return t('matches.actions.noteDecline');
  if (action === 'drop') return t('matches.actions.noteDrop');
  return t('matches.actions.note');
}

function noteHint(action: string | undefined, t: (key: string) => string): string {
  if (action === 'introduce') return t('matches.actions.noteIntroduceHint');
  if (action === 'decline' || action === 'drop') return t('matches.actions.noteDropHint');
  return t('matches.actions.noteHint');
}
