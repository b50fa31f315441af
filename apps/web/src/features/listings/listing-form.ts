import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiForm } from '../../app/useApiForm';
import { serverErrors } from './need-form';

/**
 * One listing form (the offer form, the need editor): checks before sending, reads what the API
 * refused, and moves the focus to the first field at fault (in the labels' order) or to the summary.
 */
export function useListingForm<V>(options: {
  id: string;
  /** Every field's label, in the order the fields stand in the form. */
  labels: Record<string, string>;
  sending: boolean;
  check: (values: V) => Record<string, string>;
  send: (values: V) => Promise<unknown>;
  fieldOfPath: (path: string) => string | undefined;
  /** After the API refused (the fields and message are shown already). */
  onRefused?: (error: unknown) => void;
}) {
  const { id, labels, sending, check, send, fieldOfPath, onRefused } = options;
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<ReactNode>();
  const form: ApiForm = { id, fieldId: (name) => `${id}-${name}`, labels, errors, message, sending };

  const fail = (found: Record<string, string>, note?: ReactNode) => {
    setErrors(found);
    setMessage(note);
    const first = Object.keys(labels).find((f) => f in found);
    // After React has drawn the errors.
    window.setTimeout(() => document.getElementById(first ? form.fieldId(first) : `${id}-summary`)?.focus());
  };

  const submit = async (values: V) => {
    if (sending) return;
    const found = check(values);
    if (Object.keys(found).length > 0) return fail(found);
    setErrors({});
    setMessage(undefined);
    try {
      await send(values);
    } catch (error) {
      const feedback = serverErrors(error, t, fieldOfPath);
      fail(feedback.fields, feedback.message);
      onRefused?.(error);
    }
  };

  return { form, submit };
}
