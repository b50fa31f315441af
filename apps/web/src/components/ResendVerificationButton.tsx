import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, apiSend } from '../app/api';
import { waitText } from '../app/wait-text';

/** Sends a new confirmation link to the signed-in member, and says what happened. */
export function ResendVerificationButton() {
  const { t } = useTranslation();
  const resend = useMutation({ mutationFn: () => apiSend('POST', '/auth/resend-verification') });
  const error = resend.error;
  return (
    <span className="resend">
      <button type="button" className="button-secondary" disabled={resend.isPending} onClick={() => resend.mutate()}>
        {resend.isPending ? t('form.sending') : t('account.resendVerification')}
      </button>
      <span role="status" className="resend-status">
        {resend.isSuccess && t('account.verificationSent')}
        {error &&
          (error instanceof ApiError && error.code === 'RATE_LIMITED'
            ? t('problem.rateLimited', { when: waitText(error.retryAfter) })
            : error instanceof ApiError && error.code === 'UNAUTHENTICATED'
              ? t('problem.unauthenticated')
              : t('problem.server'))}
      </span>
    </span>
  );
}
