import { ContactMessageInputSchema, type Me } from '@galaxy/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError, apiSend } from '../../app/api';
import { useApiForm } from '../../app/useApiForm';
import { ApiFormElement, SubmitButton, TextAreaField, TextField } from '../../components/FormFields';

/** Writes to a partner through Galaxy: the message is relayed, the partner's address stays private. */
export function ContactForm({
  organizationId,
  organizationName,
  me,
}: {
  organizationId: string;
  organizationName: string;
  me: Me | null | undefined;
}) {
  const { t } = useTranslation();
  // Blank until typed in: a signed-in member's name and address fill in, even if they arrive later.
  // Arriving to ask to join (from registering an organization already here): the message is drafted.
  const [params] = useSearchParams();
  const asksToJoin = params.get('ask') === 'join';
  const [typed, setTyped] = useState<{ name?: string; email?: string; message: string }>(() => ({
    message: asksToJoin ? t('contact.joinMessage', { organization: organizationName }) : '',
  }));
  const formRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asksToJoin) formRef.current?.scrollIntoView({ block: 'start' });
  }, [asksToJoin]);
  const values = { name: typed.name ?? me?.name ?? '', email: typed.email ?? me?.email ?? '', message: typed.message };
  const set = (key: keyof typeof values) => (value: string) => setTyped((v) => ({ ...v, [key]: value }));
  const [sent, setSent] = useState(false);
  const sentRef = useRef<HTMLDivElement>(null);

  const { form, submit } = useApiForm({
    id: 'contact',
    schema: ContactMessageInputSchema,
    labels: { name: t('contact.name'), email: t('contact.email'), message: t('contact.message') },
    send: (input) => apiSend('POST', `/organizations/${organizationId}/contact`, input),
    onSuccess: () => {
      setSent(true);
      setTyped((v) => ({ ...v, message: '' }));
    },
    onProblem: (error, fallback) =>
      error instanceof ApiError && error.code === 'CONFLICT' ? { message: t('contact.unavailable') } : fallback,
  });

  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  if (sent) {
    return (
      <div className="notice notice-success" role="status" tabIndex={-1} ref={sentRef}>
        <p>{t('contact.sent', { name: organizationName })}</p>
        <p>
          <button type="button" className="button-secondary" onClick={() => setSent(false)}>
            {t('contact.another')}
          </button>
        </p>
      </div>
    );
  }

  return (
    <div ref={formRef}>
      <p className="muted">{t('contact.lead')}</p>
      <ApiFormElement
        form={form}
        labelledBy="contact-heading"
        onSubmit={() => void submit({ name: values.name, email: values.email.trim(), message: values.message })}
      >
        <TextField form={form} name="name" value={values.name} onChange={set('name')} autoComplete="name" dirAuto />
        <TextField
          form={form}
          name="email"
          type="email"
          inputMode="email"
          value={values.email}
          onChange={set('email')}
          autoComplete="email"
        />
        <TextAreaField
          form={form}
          name="message"
          value={values.message}
          onChange={set('message')}
          hint={t('contact.messageHint')}
        />
        <SubmitButton form={form}>{t('contact.submit')}</SubmitButton>
      </ApiFormElement>
    </div>
  );
}
