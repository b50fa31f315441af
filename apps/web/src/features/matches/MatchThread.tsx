import { MatchSchema, MessageInputSchema, type Match } from '@galaxy/contracts';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../app/api';
import { useApiForm } from '../../app/useApiForm';
import { ApiFormElement, SubmitButton, TextAreaField } from '../../components/FormFields';
import { useFormatDateTime } from '../../app/format';
import { usePartyLabel } from './match-format';
import './matches.css';

interface ThreadProps {
  match: Match;
  draft: string;
  onDraft: (text: string) => void;
  onSent: (match: Match) => void;
}

/**
 * The conversation of the two parties and the broker. The list is a log: a screen reader hears a
 * new message (theirs after a reload, or one just sent) without leaving the form.
 */
export function MatchThread({ match, draft, onDraft, onSent }: ThreadProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const partyLabel = usePartyLabel();
  const { form, submit } = useApiForm({
    id: 'message',
    schema: MessageInputSchema,
    labels: { body: t('matches.thread.body') },
    send: (input) => apiSend('POST', `/matches/${match.id}/messages`, input, MatchSchema),
    onSuccess: (updated) => {
      onDraft('');
      onSent(updated);
    },
  });

  return (
    <>
      <div role="log" aria-labelledby="thread-heading">
        <ol className="message-thread">
          {match.messages.map((m) => (
            <li key={m.id} className={`message message-${m.party}`}>
              <p className="message-meta">
                <strong>
                  <bdi>{m.author?.name ?? t('matches.thread.formerUser')}</bdi>
                </strong>{' '}
                <span className="badge badge-neutral">{partyLabel(m.party)}</span>{' '}
                <time dateTime={m.at} className="muted">
                  {formatDateTime(m.at)}
                </time>
              </p>
              <p className="message-body prose-text" dir="auto">
                {m.body}
              </p>
            </li>
          ))}
        </ol>
      </div>
      {match.messages.length === 0 && <p className="muted">{t('matches.thread.none')}</p>}
      <ApiFormElement form={form} onSubmit={() => void submit({ body: draft })} labelledBy="thread-form-heading">
        <h3 id="thread-form-heading" className="visually-hidden">
          {t('matches.thread.formHeading')}
        </h3>
        <TextAreaField
          form={form}
          name="body"
          value={draft}
          onChange={onDraft}
          rows={4}
          hint={t('matches.thread.hint')}
        />
        <SubmitButton form={form}>{t('matches.thread.send')}</SubmitButton>
      </ApiFormElement>
    </>
  );
}
