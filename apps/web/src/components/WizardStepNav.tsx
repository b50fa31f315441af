import { useTranslation } from 'react-i18next';
import './WizardStepNav.css';

/** A wizard's steps, numbered, the current one marked, each with how many of its fields are at fault. */
export function WizardStepNav<S extends string>(props: {
  steps: readonly S[];
  current: S;
  name: (step: S) => string;
  errorCount: (step: S) => number;
  go: (step: S) => void;
}) {
  const { steps, current, name, errorCount, go } = props;
  const { t } = useTranslation();
  return (
    <nav aria-label={t('workspace.stepsLabel')} className="wizard-steps">
      <ol>
        {steps.map((id, i) => {
          const count = errorCount(id);
          return (
            <li key={id}>
              <a
                href={`?step=${id}`}
                aria-current={id === current ? 'step' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  go(id);
                }}
              >
                <span className="wizard-step-number">{i + 1}</span> {name(id)}
                {count > 0 && (
                  <span className="badge badge-warning wizard-step-errors">{t('workspace.toFix', { count })}</span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
