import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A wizard's summary above its step: always in the page (role=alert announces what appears in it),
 * with a link to each field at fault on this step and to each other step that has some.
 */
export function WizardErrorSummary(props: {
  id: string;
  note: ReactNode;
  /** The fields at fault on this step, in their order. */
  here: { fieldId: string; label: ReactNode; error: string }[];
  /** The other steps with fields at fault. */
  elsewhere: { step: string; name: string; count: number; go: () => void }[];
}) {
  const { id, note, here, elsewhere } = props;
  const { t } = useTranslation();
  return (
    <div role="alert" id={id} tabIndex={-1} className="form-summary">
      {(here.length > 0 || elsewhere.length > 0 || Boolean(note)) && (
        <div className="notice notice-error">
          {note && <p>{note}</p>}
          {here.length > 0 && (
            <>
              <p className="form-summary-title">{t('form.fixThese')}</p>
              <ul>
                {here.map((field) => (
                  <li key={field.fieldId}>
                    <a
                      href={`#${field.fieldId}`}
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(field.fieldId)?.focus();
                      }}
                    >
                      {field.label}: {field.error}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {elsewhere.length > 0 && (
            <>
              <p className="form-summary-title">{t('workspace.otherSteps')}</p>
              <ul>
                {elsewhere.map((s) => (
                  <li key={s.step}>
                    <a
                      href={`?step=${s.step}`}
                      onClick={(event) => {
                        event.preventDefault();
                        s.go();
                      }}
                    >
                      {s.name}: {t('workspace.toFix', { count: s.count })}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
