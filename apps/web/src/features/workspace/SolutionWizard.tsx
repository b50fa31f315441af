import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ApiForm } from '../../app/useApiForm';
import { useLanguage } from '../../app/useLanguage';
import { useCountries } from '../../app/useReference';
import { WizardErrorSummary } from '../../components/WizardErrorSummary';
import { WizardStepNav } from '../../components/WizardStepNav';
import {
  DRAFT_KEYS,
  STEPS,
  STEP_IDS,
  draftErrors,
  draftField,
  placeErrors,
  stepOfField,
  submissionErrors,
  type DraftKey,
  type StepId,
} from './draft-model';
import type { DraftEditor } from './useDraftEditor';
import {
  BasicsStep,
  BuildingBlocksStep,
  ContactsStep,
  CountriesStep,
  DetailsStep,
  NarrativeStep,
  OrganizationsStep,
  SdgStep,
  draftLabels,
  type StepProps,
} from './WizardSteps';
import './workspace.css';

const STEP_COMPONENTS: Record<Exclude<StepId, 'review'>, (props: StepProps) => ReactNode> = {
  basics: BasicsStep,
  narrative: NarrativeStep,
  sdgs: SdgStep,
  countries: CountriesStep,
  details: DetailsStep,
  organizations: OrganizationsStep,
  buildingBlocks: BuildingBlocksStep,
  contacts: ContactsStep,
};

const FORM_ID = 'solution';
const fieldId = (name: string) => `${FORM_ID}-${name.replaceAll('.', '-')}`;

/** Errors in the order of the steps and their fields, so the summary reads like the form. */
function orderedPaths(errors: Record<string, string>): string[] {
  const rank = (path: string) => {
    const [key, index, sub] = path.split('.');
    return [
      STEP_IDS.indexOf(stepOfField(path)),
      DRAFT_KEYS.indexOf(key as DraftKey),
      Number(index ?? -1),
      sub ?? '',
    ] as const;
  };
  return Object.keys(errors).sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < 3; i++) if (ra[i] !== rb[i]) return (ra[i] as number) - (rb[i] as number);
    return String(ra[3]).localeCompare(String(rb[3]));
  });
}

export function SolutionWizard({ editor, onSubmitted }: { editor: DraftEditor; onSubmitted: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const countries = useCountries();
  const [params, setParams] = useSearchParams();
  const asked = params.get('step') as StepId | null;
  const step: StepId = asked && STEP_IDS.includes(asked) ? asked : 'basics';
  const stepIndex = STEP_IDS.indexOf(step);
  const { values, update, saveState, workspace } = editor;

  const [revealed, setRevealed] = useState<ReadonlySet<StepId>>(() => new Set());
  const [submitAttempted, setSubmitAttempted] = useState(false);
  const [submitNote, setSubmitNote] = useState<ReactNode>();
  const [submitting, setSubmitting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef<string>(undefined);
  const shownStep = useRef(step);

  const { labels, summary } = useMemo(() => draftLabels(t, values, countries.name), [t, values, countries.name]);
  const local = useMemo(() => draftErrors(values, t), [values, t]);
  const complete = useMemo(() => submissionErrors(values, t), [values, t]);

  const errors = useMemo(() => {
    const all: Record<string, string> = {};
    const add = (source: Record<string, string>) => {
      for (const [path, message] of Object.entries(placeErrors(source, values)))
        if (!(path in all)) all[path] = message;
    };
    add(editor.serverErrors);
    add(Object.fromEntries(Object.entries(local).filter(([path]) => revealed.has(stepOfField(path)))));
    if (submitAttempted) add(complete);
    return all;
  }, [editor.serverErrors, local, complete, revealed, submitAttempted, values]);

  const form: ApiForm = {
    id: FORM_ID,
    fieldId,
    labels,
    errors,
    message: undefined,
    sending: saveState.kind === 'saving',
  };

  // A new step: save what the last one changed, and put the focus on the new step's heading (or on
  // the field an error link pointed at).
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    void editor.save();
    const target = focusAfter.current ? document.getElementById(focusAfter.current) : heading.current;
    focusAfter.current = undefined;
    target?.focus();
    // Only a change of step does this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step]);

  const go = (next: StepId, focusId?: string) => {
    setRevealed((r) => new Set([...r, step]));
    focusAfter.current = focusId;
    if (next === step) {
      if (focusId) document.getElementById(focusId)?.focus();
      return;
    }
    setParams(
      (p) => {
        const copy = new URLSearchParams(p);
        copy.set('step', next);
        return copy;
      },
      { preventScrollReset: false },
    );
  };

  const saveNow = async () => {
    setRevealed((r) => new Set([...r, step]));
    const outcome = await editor.save();
    if (outcome === 'held' || outcome === 'invalid') document.getElementById(`${FORM_ID}-errors`)?.focus();
  };

  const submit = async () => {
    setSubmitAttempted(true);
    setRevealed(new Set(STEP_IDS));
    setSubmitNote(undefined);
    setSubmitting(true);
    const outcome = await editor.submit();
    setSubmitting(false);
    if (outcome === 'submitted') {
      onSubmitted();
      return;
    }
    if (outcome === 'unsaved') setSubmitNote(t('workspace.review.unsaved'));
    if (outcome === 'invalid') setSubmitNote(t('workspace.review.notReady'));
    if (outcome !== 'conflict') document.getElementById('review-summary')?.focus();
  };

  const stepName = (id: StepId) => t(`workspace.step.${id}`);
  const errorCount = (id: StepId) => Object.keys(errors).filter((path) => stepOfField(path) === id).length;
  const StepFields = step === 'review' ? undefined : STEP_COMPONENTS[step];
  const canSubmit = workspace.allowedActions.includes('submit');

  return (
    <div className="wizard">
      <WizardStepNav
        steps={STEP_IDS}
        current={step}
        name={stepName}
        errorCount={(id) => (id === 'review' ? 0 : errorCount(id))}
        go={go}
      />

      <div className="wizard-main">
        <SaveStatus editor={editor} lang={lang} />
        <form
          id={FORM_ID}
          className="stacked-form wizard-form"
          noValidate
          aria-labelledby="wizard-step-heading"
          onSubmit={(event) => {
            event.preventDefault();
            void saveNow();
          }}
        >
          <h2 id="wizard-step-heading" tabIndex={-1} ref={heading}>
            <span className="wizard-step-of">
              {t('workspace.stepOf', { n: stepIndex + 1, total: STEP_IDS.length })}
            </span>{' '}
            {stepName(step)}
          </h2>
          {step === 'review' ? (
            <ReviewStep
              errors={errors}
              summary={summary}
              stepName={stepName}
              go={go}
              note={submitNote ?? editor.generalError}
              hasContent={(key) => draftField(values, key) !== undefined}
              missing={(id) =>
                Object.keys(placeErrors({ ...complete, ...local }, values)).filter((path) => stepOfField(path) === id)
                  .length
              }
            />
          ) : (
            <>
              <ErrorSummary
                errors={errors}
                summary={summary}
                step={step}
                stepName={stepName}
                go={go}
                note={editor.generalError}
              />
              {StepFields && <StepFields form={form} values={values} update={update} />}
            </>
          )}
          <div className="button-row wizard-buttons">
            {stepIndex > 0 && (
              <button type="button" className="button-secondary" onClick={() => go(STEP_IDS[stepIndex - 1])}>
                {t('workspace.back')}
              </button>
            )}
            <button type="submit" className="button-secondary" disabled={saveState.kind === 'saving'}>
              {t('workspace.save')}
            </button>
            {stepIndex < STEP_IDS.length - 1 && (
              <button type="button" className="button-primary" onClick={() => go(STEP_IDS[stepIndex + 1])}>
                {t('workspace.next', { step: stepName(STEP_IDS[stepIndex + 1]) })}
              </button>
            )}
            {step === 'review' && canSubmit && (
              <button type="button" className="button-primary" disabled={submitting} onClick={() => void submit()}>
                {submitting ? t('form.sending') : t('workspace.review.submit')}
              </button>
            )}
          </div>
          {step === 'review' && !canSubmit && <p className="muted">{t('workspace.review.cannotSubmit')}</p>}
        </form>
      </div>
    </div>
  );
}

function ReviewStep(props: {
  errors: Record<string, string>;
  summary: Record<string, string>;
  stepName: (id: StepId) => string;
  go: (step: StepId, focusId?: string) => void;
  note: ReactNode;
  hasContent: (key: DraftKey) => boolean;
  /** What a submission still needs, by step (counted before any attempt too). */
  missing: (id: StepId) => number;
}) {
  const { t } = useTranslation();
  const paths = orderedPaths(props.errors);
  return (
    <>
      <p>{t('workspace.review.lead')}</p>
      <div role="alert" id="review-summary" tabIndex={-1} className="form-summary">
        {props.note && <p className="notice notice-error">{props.note}</p>}
      </div>
      <ul className="review-list">
        {STEPS.map((s) => {
          const stepPaths = paths.filter((path) => stepOfField(path) === s.id);
          const toFix = Math.max(stepPaths.length, props.missing(s.id));
          const any = s.fields.some((key) => props.hasContent(key));
          const state =
            toFix > 0
              ? t('workspace.toFix', { count: toFix })
              : any
                ? t('workspace.review.complete')
                : t('workspace.review.optionalEmpty');
          return (
            <li key={s.id} className={toFix > 0 ? 'review-item review-item-todo' : 'review-item'}>
              <div className="review-item-head">
                <span className="review-step-name">{props.stepName(s.id)}</span>
                <span className={toFix > 0 ? 'badge badge-warning' : any ? 'badge badge-ok' : 'badge badge-neutral'}>
                  {state}
                </span>
                <a
                  href={`?step=${s.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    props.go(s.id);
                  }}
                >
                  {t('workspace.review.edit')}
                  <span className="visually-hidden">: {props.stepName(s.id)}</span>
                </a>
              </div>
              {stepPaths.length > 0 && (
                <ul className="review-errors">
                  {stepPaths.map((path) => (
                    <li key={path}>
                      <a
                        href={`?step=${s.id}`}
                        onClick={(event) => {
                          event.preventDefault();
                          props.go(s.id, focusTarget(path));
                        }}
                      >
                        {props.summary[path] ?? path}: {props.errors[path]}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The element an error link moves to: the input itself (checklists: their first box). */
const focusTarget = (path: string) => fieldId(path);

function ErrorSummary(props: {
  errors: Record<string, string>;
  summary: Record<string, string>;
  step: StepId;
  stepName: (id: StepId) => string;
  go: (step: StepId, focusId?: string) => void;
  note: ReactNode;
}) {
  const paths = orderedPaths(props.errors);
  return (
    <WizardErrorSummary
      id={`${FORM_ID}-errors`}
      note={props.note}
      here={paths
        .filter((path) => stepOfField(path) === props.step)
        .map((path) => ({ fieldId: focusTarget(path), label: props.summary[path] ?? path, error: props.errors[path] }))}
      elsewhere={STEP_IDS.filter((id) => id !== props.step)
        .map((id) => ({
          step: id,
          name: props.stepName(id),
          count: paths.filter((path) => stepOfField(path) === id).length,
          go: () => props.go(id),
        }))
        .filter((s) => s.count > 0)}
    />
  );
}

/** "Saved at 10:42", said politely when it changes; the line keeps its height, so nothing jumps. */
function SaveStatus({ editor, lang }: { editor: DraftEditor; lang: string }) {
  const { t } = useTranslation();
  const time = (at: Date) => new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(at);
  const s = editor.saveState;
  let text: ReactNode;
  let tone = '';
  switch (s.kind) {
    case 'saving':
      text = t('workspace.saving');
      break;
    case 'saved':
      text =
        editor.dirty.length > 0
          ? t('workspace.savedAtTyping', { time: time(s.at) })
          : t('workspace.savedAt', { time: time(s.at) });
      tone = 'ok';
      break;
    case 'held':
      text = s.at ? t('workspace.heldSavedAt', { time: time(s.at) }) : t('workspace.held');
      tone = 'warning';
      break;
    case 'invalid':
      text = t('workspace.invalid');
      tone = 'warning';
      break;
    case 'conflict':
      text = t('workspace.conflictStatus');
      tone = 'warning';
      break;
    case 'failed':
      text = (
        <>
          {t('workspace.failed')} {s.message}
        </>
      );
      tone = 'error';
      break;
    case 'blocked':
      text = t('workspace.blocked', { status: t(`workspace.status.${editor.workspace.status}`) });
      tone = 'error';
      break;
    default:
      text = editor.dirty.length > 0 ? t('workspace.notSavedYet') : t('workspace.allSaved');
  }
  return (
    <p className={`save-status${tone ? ` save-status-${tone}` : ''}`} role="status">
      {text}
    </p>
  );
}
