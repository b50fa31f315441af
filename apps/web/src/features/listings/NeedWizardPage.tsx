import { CONTENT_LANGUAGES, NeedSchema, type Me } from '@galaxy/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { apiSend } from '../../app/api';
import type { ApiForm } from '../../app/useApiForm';
import { useLanguage } from '../../app/useLanguage';
import { WizardErrorSummary } from '../../components/WizardErrorSummary';
import { WizardStepNav } from '../../components/WizardStepNav';
import { listingChanged } from './listing-queries';
import { PublisherGate, useOrganizationChoices } from './ListingFields';
import { useDescribeNeed } from './NeedDetails';
import {
  ContributionFields,
  NeedVisibilityField,
  OrganizationField,
  ProblemFields,
  ScopeFields,
  TargetFields,
  needLabels,
} from './NeedFields';
import {
  NEED_STEPS,
  NEED_STEP_IDS,
  checkNeed,
  emptyNeed,
  needFieldOfPath,
  needInput,
  serverErrors,
  stepOfNeedField,
  type NeedStepId,
  type NeedValues,
} from './need-form';
import './listings.css';

const FORM_ID = 'need';
const fieldId = (name: string) => `${FORM_ID}-${name}`;
const draftKey = (me: Me) => `galaxy.needDraft.${me.id}`;

export function NeedWizardPage() {
  const { t } = useTranslation();
  return <PublisherGate title={t('listings.wizard.title')}>{(me) => <NeedWizard me={me} />}</PublisherGate>;
}

/** What was typed, kept on this device until the need is published (a reload loses nothing). */
function readDraft(me: Me): NeedValues | undefined {
  try {
    const raw = window.sessionStorage.getItem(draftKey(me));
    return raw ? { ...emptyNeed(), ...(JSON.parse(raw) as Partial<NeedValues>) } : undefined;
  } catch {
    return undefined;
  }
}

function NeedWizard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const asked = params.get('step') as NeedStepId | null;
  const step: NeedStepId = asked && NEED_STEP_IDS.includes(asked) ? asked : 'problem';
  const stepIndex = NEED_STEP_IDS.indexOf(step);
  const { choices } = useOrganizationChoices(me);

  const [typed, setValues] = useState<NeedValues>(
    () =>
      readDraft(me) ??
      emptyNeed(
        me.memberships.length === 1 ? me.memberships[0].organizationId : '',
        (CONTENT_LANGUAGES as readonly string[]).includes(lang) ? [lang] : [],
      ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<ReactNode>();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef<string>(undefined);
  const shownStep = useRef(step);
  const labels = useMemo(() => needLabels(t), [t]);

  const update = (change: Partial<NeedValues>) => {
    setValues((v) => ({ ...v, ...change }));
    // A field being corrected loses its error.
    setErrors((e) => {
      const keys = Object.keys(change).filter((k) => k in e || (k === 'goals' && 'sdgs' in e));
      if (keys.length === 0) return e;
      const next = { ...e };
      for (const k of keys) delete next[k === 'goals' ? 'sdgs' : k];
      if (change.sdgTargets) delete next.sdgs;
      return next;
    });
  };

  // Until one is chosen, the organization is the first choice (government ones first) once known.
  const defaultOrganization = choices.every((c) => c.type !== undefined) ? (choices[0]?.id ?? '') : '';
  const values = typed.organizationId ? typed : { ...typed, organizationId: defaultOrganization };

  useEffect(() => {
    try {
      window.sessionStorage.setItem(draftKey(me), JSON.stringify(typed));
    } catch {
      // Private windows may refuse: the draft then lives only on the page.
    }
  }, [typed, me]);

  // A new step: focus on its heading, or on the field an error link pointed at.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    const target = focusAfter.current ? document.getElementById(focusAfter.current) : heading.current;
    focusAfter.current = undefined;
    target?.focus();
  }, [step]);

  const form: ApiForm = { id: FORM_ID, fieldId, labels, errors, message, sending: false };

  const goTo = (next: NeedStepId, focusId?: string) => {
    focusAfter.current = focusId;
    if (next === step) {
      document.getElementById(focusId ?? 'need-step-heading')?.focus();
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

  /** Next: what this step asks is checked first; the first thing to fix takes the focus. */
  const next = () => {
    const fields = NEED_STEPS[stepIndex].fields as readonly string[];
    const found = Object.fromEntries(Object.entries(checkNeed(values, t)).filter(([f]) => fields.includes(f)));
    setMessage(undefined);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      const first = fields.find((f) => f in found);
      // After React has drawn the errors.
      window.setTimeout(() => document.getElementById(fieldId(first ?? ''))?.focus());
      return;
    }
    setErrors({});
    goTo(NEED_STEP_IDS[stepIndex + 1]);
  };

  const showErrors = (found: Record<string, string>, note?: ReactNode) => {
    setErrors(found);
    setMessage(note);
    const first = NEED_STEPS.flatMap((s) => [...s.fields] as string[]).find((f) => f in found);
    if (first) goTo(stepOfNeedField(first), fieldId(first));
    else window.setTimeout(() => document.getElementById(`${FORM_ID}-summary`)?.focus());
  };

  const publish = useMutation({
    mutationFn: () => apiSend('POST', '/needs', needInput(values), NeedSchema),
    onSuccess: (need) => {
      window.sessionStorage.removeItem(draftKey(me));
      listingChanged(queryClient, need);
      void navigate(`/needs/${need.id}`, { state: { published: true } });
    },
    onError: (error) => {
      const feedback = serverErrors(error, t, needFieldOfPath);
      showErrors(feedback.fields, feedback.message);
    },
  });

  const submit = () => {
    if (publish.isPending) return;
    const found = checkNeed(values, t);
    if (Object.keys(found).length > 0) {
      showErrors(found, t('listings.wizard.notReady'));
      return;
    }
    setErrors({});
    setMessage(undefined);
    publish.mutate();
  };

  const stepName = (id: NeedStepId) => t(`listings.wizard.step.${id}`);
  const errorCount = (id: NeedStepId) => Object.keys(errors).filter((f) => stepOfNeedField(f) === id).length;
  const here = Object.keys(labels).filter((f) => f in errors && stepOfNeedField(f) === step);
  const elsewhere = NEED_STEP_IDS.filter((id) => id !== step && errorCount(id) > 0);

  return (
    <>
      <h1>{t('listings.wizard.title')}</h1>
      <p className="lead">{t('listings.wizard.lead')}</p>
      <div className="wizard">
        <WizardStepNav steps={NEED_STEP_IDS} current={step} name={stepName} errorCount={errorCount} go={goTo} />
        <div className="wizard-main">
          <form
            id={FORM_ID}
            className="stacked-form wizard-form"
            noValidate
            aria-labelledby="need-step-heading"
            aria-busy={publish.isPending}
            onSubmit={(event) => {
              event.preventDefault();
              if (step === 'review') submit();
              else next();
            }}
          >
            <h2 id="need-step-heading" tabIndex={-1} ref={heading}>
              <span className="wizard-step-of">
                {t('workspace.stepOf', { n: stepIndex + 1, total: NEED_STEP_IDS.length })}
              </span>{' '}
              {stepName(step)}
            </h2>
            <p className="field-hint">{t(`listings.wizard.intro.${step}`)}</p>
            <WizardErrorSummary
              id={`${FORM_ID}-summary`}
              note={message}
              here={here.map((f) => ({ fieldId: fieldId(f), label: labels[f], error: errors[f] }))}
              elsewhere={elsewhere.map((id) => ({
                step: id,
                name: stepName(id),
                count: errorCount(id),
                go: () => {
                  const first = Object.keys(labels).find((f) => f in errors && stepOfNeedField(f) === id);
                  goTo(id, first && fieldId(first));
                },
              }))}
            />

            {step === 'problem' && (
              <>
                <OrganizationField form={form} values={values} update={update} choices={choices} />
                <ProblemFields form={form} values={values} update={update} />
              </>
            )}
            {step === 'targets' && <TargetFields form={form} values={values} update={update} />}
            {step === 'scope' && <ScopeFields form={form} values={values} update={update} />}
            {step === 'contribution' && <ContributionFields form={form} values={values} update={update} />}
            {step === 'visibility' && <NeedVisibilityField form={form} values={values} update={update} />}
            {step === 'review' && (
              <NeedReview
                values={values}
                goTo={goTo}
                organization={choices.find((c) => c.id === values.organizationId)?.name}
              />
            )}

            <div className="button-row wizard-buttons">
              {stepIndex > 0 && (
                <button type="button" className="button-secondary" onClick={() => goTo(NEED_STEP_IDS[stepIndex - 1])}>
                  {t('workspace.back')}
                </button>
              )}
              {step !== 'review' ? (
                <button type="submit" className="button-primary">
                  {t('workspace.next', { step: stepName(NEED_STEP_IDS[stepIndex + 1]) })}
                </button>
              ) : (
                <button type="submit" className="button-primary" disabled={publish.isPending}>
                  {publish.isPending ? t('form.sending') : t('listings.wizard.publish')}
                </button>
              )}
            </div>
          </form>
        </div>
      </div>
    </>
  );
}

/** Everything the need will say, step by step, each with a way back to change it. */
function NeedReview({
  values,
  goTo,
  organization,
}: {
  values: NeedValues;
  goTo: (step: NeedStepId, focusId?: string) => void;
  organization: string | undefined;
}) {
  const { t } = useTranslation();
  const describe = useDescribeNeed();
  const labels = needLabels(t);
  const rows = describe(values, organization);
  return (
    <div className="need-review">
      {NEED_STEPS.filter((s) => s.id !== 'review').map((s) => {
        const fields = (s.fields as readonly string[]).filter((f) => rows[f]);
        return (
          <section key={s.id} className="review-section" aria-labelledby={`review-${s.id}`}>
            <div className="review-item-head">
              <h3 id={`review-${s.id}`}>{t(`listings.wizard.step.${s.id}`)}</h3>
              <a
                href={`?step=${s.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  goTo(s.id);
                }}
              >
                {t('listings.wizard.change')}
                <span className="visually-hidden">: {t(`listings.wizard.step.${s.id}`)}</span>
              </a>
            </div>
            {fields.length === 0 ? (
              <p className="muted">{t('listings.wizard.nothingYet')}</p>
            ) : (
              <dl className="facts">
                {fields.map((f) => (
                  <div key={f}>
                    <dt>{labels[f]}</dt>
                    <dd dir="auto">{rows[f]}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
    </div>
  );
}
