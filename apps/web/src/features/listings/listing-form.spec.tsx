import type { ErrorCode } from '@galaxy/contracts';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from 'i18next';
import { ApiError } from '../../app/api';
import { useListingForm } from './listing-form';
import { needFieldOfPath } from './need-form';

interface Values {
  title: string;
  countries: string;
}

const refused = (code: ErrorCode, fields: string[] = []) =>
  new ApiError(400, {
    type: 'about:blank',
    title: code,
    status: 400,
    detail: 'in English',
    code,
    errors: fields.map((field) => ({ location: 'body', field, message: 'in English' })),
  });

/** A two-field listing form, as the need editor and the offer form use the hook. */
function renderForm(options: {
  values?: Values;
  check?: (values: Values) => Record<string, string>;
  send?: (values: Values) => Promise<unknown>;
  sending?: boolean;
}) {
  const send = jest.fn(options.send ?? (async () => undefined));
  const onRefused = jest.fn();
  function ListingForm() {
    const { form, submit } = useListingForm<Values>({
      id: 'need',
      // In the order the fields stand in the form: the focus goes to the first at fault.
      labels: { title: 'Title', countries: 'Countries' },
      sending: options.sending ?? false,
      check: options.check ?? (() => ({})),
      send,
      fieldOfPath: needFieldOfPath,
      onRefused,
    });
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit(options.values ?? { title: 'Flood warnings', countries: 'MW' });
        }}
      >
        <div id="need-summary" tabIndex={-1} role="alert">
          {form.message}
        </div>
        {Object.entries(form.labels).map(([name, label]) => (
          <label key={name}>
            {label}
            <input id={form.fieldId(name)} aria-describedby={`${name}-error`} />
            <span id={`${name}-error`}>{form.errors[name]}</span>
          </label>
        ))}
        <button type="submit">Save</button>
      </form>
    );
  }
  render(<ListingForm />);
  const save = () => act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save' })));
  return { send, onRefused, save };
}

const errorOf = (name: string) => document.getElementById(`${name}-error`)?.textContent;

describe('a listing form (need editor, offer form)', () => {
  it('does not send what its own check refuses, and takes the reader to the first field at fault', async () => {
    const { send, save } = renderForm({
      check: () => ({ countries: 'Choose at least one', title: 'Required' }),
    });
    await save();
    expect(send).not.toHaveBeenCalled();
    expect(errorOf('title')).toBe('Required');
    expect(errorOf('countries')).toBe('Choose at least one');
    // The first in the form's order, not in the order the check listed them.
    await waitFor(() => expect(document.activeElement?.id).toBe('need-title'));
  });

  it('shows a field the API refused next to its input and moves the focus there', async () => {
    const { send, onRefused, save } = renderForm({
      send: async () => {
        throw refused('VALIDATION_FAILED', ['countries.0']);
      },
    });
    await save();
    expect(send).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(errorOf('countries')).toBe(i18n.t('form.error.invalid')));
    expect(errorOf('title')).toBe('');
    expect(onRefused).toHaveBeenCalledWith(expect.any(ApiError));
    await waitFor(() => expect(document.activeElement?.id).toBe('need-countries'));
  });

  it('says why the API refused when no field is at fault, and focuses that message', async () => {
    const { save } = renderForm({
      send: async () => {
        throw refused('STALE_VERSION');
      },
    });
    await save();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(i18n.t('problem.staleVersion')));
    await waitFor(() => expect(document.activeElement?.id).toBe('need-summary'));
  });

  it('clears the errors of an earlier attempt once the form is right', async () => {
    let fixed = false;
    const { send, save } = renderForm({ check: (): Record<string, string> => (fixed ? {} : { title: 'Required' }) });
    await save();
    expect(errorOf('title')).toBe('Required');
    fixed = true;
    await save();
    expect(errorOf('title')).toBe('');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends nothing more while a save is under way', async () => {
    const { send, save } = renderForm({ sending: true });
    await save();
    expect(send).not.toHaveBeenCalled();
  });
});
