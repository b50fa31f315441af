import type { ErrorCode } from '@galaxy/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import i18n from 'i18next';
import { MemoryRouter } from 'react-router';
import { z } from 'zod';
import { ApiError } from './api';
import { useApiForm } from './useApiForm';

const SignupSchema = z.strictObject({
  name: z.string().trim().min(1),
  email: z.email(),
  password: z.string().min(12),
});
type Signup = z.input<typeof SignupSchema>;

const refused = (code: ErrorCode, fields: string[] = []) =>
  new ApiError(400, {
    type: 'about:blank',
    title: code,
    status: 400,
    detail: 'in English',
    code,
    errors: fields.map((field) => ({ location: 'body', field, message: 'in English' })),
  });

/** A sign-up-like form: the hook with its fields and summary on screen. */
function renderForm(send: (input: z.output<typeof SignupSchema>) => Promise<{ id: string }>) {
  const sendMock = jest.fn(send);
  const onSuccess = jest.fn();
  const form: { submit?: (raw: Signup) => Promise<boolean> } = {};
  function SignupForm() {
    const api = useApiForm({
      id: 'signup',
      schema: SignupSchema,
      labels: { name: 'Name', email: 'Email', password: 'Password' },
      send: sendMock,
      onSuccess,
    });
    form.submit = api.submit;
    return (
      <div>
        <div id="signup-summary" tabIndex={-1} data-testid="summary">
          {api.form.message}
        </div>
        {Object.keys(api.form.labels).map((name) => (
          <div key={name}>
            <input id={api.form.fieldId(name)} />
            <span data-testid={`${name}-error`}>{api.form.errors[name]}</span>
          </div>
        ))}
      </div>
    );
  }
  render(
    <MemoryRouter>
      <QueryClientProvider client={new QueryClient()}>
        <SignupForm />
      </QueryClientProvider>
    </MemoryRouter>,
  );
  const submit = async (raw: Signup) => {
    let accepted: boolean | undefined;
    await act(async () => {
      accepted = await form.submit?.(raw);
    });
    return accepted;
  };
  return { send: sendMock, onSuccess, submit };
}

const errorOf = (name: string) => screen.getByTestId(`${name}-error`).textContent;
const GOOD: Signup = { name: ' Amina ', email: 'amina@example.org', password: 'kiosk-river-lantern-7' };

describe('a form that sends to the API', () => {
  it('checks with the contract first: nothing is sent, each field says what it needs in the UI language', async () => {
    const { send, submit } = renderForm(async () => ({ id: 'u1' }));
    await expect(submit({ name: '', email: 'amina@', password: 'short' })).resolves.toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(errorOf('name')).toBe(i18n.t('form.error.required'));
    expect(errorOf('email')).toBe(i18n.t('form.error.email'));
    expect(errorOf('password')).toBe(i18n.t('form.error.tooShort', { count: 12 }));
    await waitFor(() => expect(document.activeElement?.id).toBe('signup-name'));
  });

  it('sends what the contract made of the input, and reports success', async () => {
    const { send, onSuccess, submit } = renderForm(async () => ({ id: 'u1' }));
    await expect(submit(GOOD)).resolves.toBe(true);
    expect(send.mock.calls[0][0]).toEqual({ ...GOOD, name: 'Amina' });
    expect(onSuccess).toHaveBeenCalledWith({ id: 'u1' }, { ...GOOD, name: 'Amina' });
  });

  it('puts a taken email at the email field, with a way to sign in instead', async () => {
    const { submit } = renderForm(async () => {
      throw refused('EMAIL_TAKEN');
    });
    await submit(GOOD);
    expect(errorOf('email')).toBe(i18n.t('problem.emailTakenField'));
    expect(screen.getByRole('link', { name: i18n.t('auth.signIn') }).getAttribute('href')).toBe('/login');
    await waitFor(() => expect(document.activeElement?.id).toBe('signup-email'));
  });

  it('still says something when the API refuses a field this form does not show', async () => {
    const { submit } = renderForm(async () => {
      throw refused('VALIDATION_FAILED', ['organizationId']);
    });
    await submit(GOOD);
    expect(screen.getByTestId('summary').textContent).toBe(i18n.t('problem.invalidInput'));
    await waitFor(() => expect(document.activeElement?.id).toBe('signup-summary'));
  });

  it('says when to try again after too many attempts', async () => {
    const { submit } = renderForm(async () => {
      throw new ApiError(
        429,
        { type: 'about:blank', title: 'Too many', status: 429, detail: '', code: 'RATE_LIMITED' },
        600,
      );
    });
    await submit(GOOD);
    expect(screen.getByTestId('summary').textContent).toBe(
      i18n.t('problem.rateLimited', {
        when: new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(10, 'minute'),
      }),
    );
  });

  it('tells a network failure from a refusal', async () => {
    const { submit } = renderForm(async () => {
      throw new TypeError('Failed to fetch');
    });
    await submit(GOOD);
    expect(screen.getByTestId('summary').textContent).toBe(i18n.t('problem.network'));
  });
});
