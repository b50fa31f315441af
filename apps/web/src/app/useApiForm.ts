import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z, ZodType } from 'zod';
import { problemFeedback, zodFieldErrors, type FormFeedback } from './problem-feedback';

export interface ApiFormOptions<S extends ZodType, R> {
  /** Prefix of the ids of the form's controls: `${id}-${field}`. */
  id: string;
  /** The contract schema the server checks too: checked here first, for quick and translated help. */
  schema: S;
  /** The form's fields in the order they appear, with their labels (for the error summary). */
  labels: Record<string, string>;
  send: (input: z.output<S>) => Promise<R>;
  onSuccess?: (result: R, input: z.output<S>) => void;
  /** Adjusts the default reading of a failed request (by error code) for this form. */
  onProblem?: (error: unknown, fallback: FormFeedback) => FormFeedback;
}

export interface ApiForm {
  id: string;
  fieldId: (name: string) => string;
  labels: Record<string, string>;
  errors: Record<string, string>;
  message: ReactNode;
  sending: boolean;
}

/**
 * A form that sends to the API: validates with the contract schema, shows errors next to their
 * fields and in a summary, moves focus to the first thing to fix, and never clears what was typed.
 */
export function useApiForm<S extends ZodType, R>(options: ApiFormOptions<S, R>) {
  const { id, schema, labels, send, onSuccess, onProblem } = options;
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<ReactNode>();
  const [failures, setFailures] = useState(0);
  const mutation = useMutation({ mutationFn: send });
  const fieldId = (name: string) => `${id}-${name}`;

  // After a failed attempt: the first field to fix takes the focus, or the summary when no field is at fault.
  useEffect(() => {
    if (failures === 0) return;
    const first = Object.keys(labels).find((name) => name in errors);
    const target = document.getElementById(first ? `${id}-${first}` : `${id}-summary`);
    target?.focus();
    // Only a new failure moves the focus, not a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [failures]);

  const fail = (feedback: FormFeedback) => {
    const fields = Object.fromEntries(Object.entries(feedback.fields ?? {}).filter(([name]) => name in labels));
    // A server complaint about a field this form does not show still gets said.
    const unplaced = Object.keys(feedback.fields ?? {}).length > Object.keys(fields).length;
    setErrors(fields);
    setMessage(feedback.message ?? (unplaced ? t('problem.invalidInput') : undefined));
    setFailures((n) => n + 1);
  };

  const submit = async (raw: z.input<S>): Promise<boolean> => {
    if (mutation.isPending) return false;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      fail({ fields: zodFieldErrors(parsed.error, t) });
      return false;
    }
    setErrors({});
    setMessage(undefined);
    try {
      const result = await mutation.mutateAsync(parsed.data);
      onSuccess?.(result, parsed.data);
      return true;
    } catch (error) {
      const fallback = problemFeedback(error, t);
      fail(onProblem ? onProblem(error, fallback) : fallback);
      return false;
    }
  };

  const reset = () => {
    setErrors({});
    setMessage(undefined);
  };

  const form: ApiForm = { id, fieldId, labels, errors, message, sending: mutation.isPending };
  /** Shows errors found by the form itself, beyond what the schema checks. */
  const reject = (feedback: FormFeedback) => fail(feedback);

  return { form, submit, reset, reject };
}
