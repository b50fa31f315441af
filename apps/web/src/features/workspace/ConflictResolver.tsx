import type { SolutionWorkspace } from '@galaxy/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DRAFT_KEYS,
  editableContent,
  fieldDiffers,
  valuesFromDraft,
  type DraftKey,
  type DraftValues,
} from './draft-model';
import { useDescribeField } from './useDescribeField';
import './workspace.css';

interface ConflictResolverProps {
  /** The server's newer version. */
  current: SolutionWorkspace;
  /** What is typed here, and what it was typed on. */
  values: DraftValues;
  base: DraftValues;
  onResolve: (choices: Partial<Record<DraftKey, 'mine' | 'theirs'>>) => void;
}

/**
 * Someone saved a newer version while this one was being edited. Nothing is lost: each field that
 * differs is shown both ways, and the person chooses per field. By default, a field they changed
 * keeps their text and a field only the other person changed takes theirs.
 */
export function ConflictResolver({ current, values, base, onResolve }: ConflictResolverProps) {
  const { t } = useTranslation();
  const describe = useDescribeField();
  const heading = useRef<HTMLHeadingElement>(null);
  const [server] = useState(() => valuesFromDraft(editableContent(current)));
  const differing = DRAFT_KEYS.filter((key) => fieldDiffers(values, server, key));
  const [choices, setChoices] = useState<Partial<Record<DraftKey, 'mine' | 'theirs'>>>(() =>
    Object.fromEntries(differing.map((key) => [key, fieldDiffers(values, base, key) ? 'mine' : 'theirs'])),
  );

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const shown = (text: string | undefined) =>
    text === undefined ? <span className="muted">{t('workspace.conflict.empty')}</span> : text;

  return (
    <section className="panel conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" tabIndex={-1} ref={heading}>
        {t('workspace.conflict.title')}
      </h2>
      <p>{t('workspace.conflict.lead')}</p>
      <form
        className="stacked-form conflict-form"
        onSubmit={(event) => {
          event.preventDefault();
          onResolve(choices);
        }}
      >
        {differing.length === 0 && <p>{t('workspace.conflict.none')}</p>}
        {differing.map((key) => (
          <fieldset key={key} className="field conflict-field">
            <legend>{t(`workspace.field.${key}`)}</legend>
            <div className="conflict-sides">
              <label className="conflict-side">
                <span className="conflict-choice">
                  <input
                    type="radio"
                    name={`conflict-${key}`}
                    value="mine"
                    checked={choices[key] === 'mine'}
                    onChange={() => setChoices((c) => ({ ...c, [key]: 'mine' }))}
                  />
                  {t('workspace.conflict.mine')}
                </span>
                <span className="conflict-value" dir="auto">
                  {shown(describe(values, key))}
                </span>
              </label>
              <label className="conflict-side">
                <span className="conflict-choice">
                  <input
                    type="radio"
                    name={`conflict-${key}`}
                    value="theirs"
                    checked={choices[key] === 'theirs'}
                    onChange={() => setChoices((c) => ({ ...c, [key]: 'theirs' }))}
                  />
                  {t('workspace.conflict.theirs')}
                </span>
                <span className="conflict-value" dir="auto">
                  {shown(describe(server, key))}
                </span>
              </label>
            </div>
          </fieldset>
        ))}
        <p>
          <button type="submit" className="button-primary">
            {t('workspace.conflict.apply')}
          </button>
        </p>
      </form>
    </section>
  );
}
