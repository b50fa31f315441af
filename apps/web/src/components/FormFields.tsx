import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiForm } from '../app/useApiForm';
import './FormFields.css';

interface FieldProps {
  form: ApiForm;
  name: string;
  hint?: ReactNode;
  optional?: boolean;
}

/** ids of the hint and the error, for aria-describedby (the error first: it matters most). */
function describedBy(form: ApiForm, name: string, hint: ReactNode): string | undefined {
  const id = form.fieldId(name);
  return [form.errors[name] && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
}

function Label({ form, name, optional }: FieldProps) {
  const { t } = useTranslation();
  return (
    <label htmlFor={form.fieldId(name)}>
      {form.labels[name]}
      {optional && <span className="optional"> {t('form.optional')}</span>}
    </label>
  );
}

function HintAndError({ form, name, hint }: FieldProps) {
  const { t } = useTranslation();
  const id = form.fieldId(name);
  return (
    <>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {form.errors[name] && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {form.errors[name]}
        </p>
      )}
    </>
  );
}

function fieldClass(form: ApiForm, name: string): string {
  return form.errors[name] ? 'field field-invalid' : 'field';
}

interface TextFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'url';
  autoComplete?: string;
  /** Free text a person types in their own language and script. */
  dirAuto?: boolean;
  inputMode?: 'email' | 'url' | 'text' | 'numeric';
}

export function TextField(props: TextFieldProps) {
  const { form, name, hint, value, onChange, type = 'text', autoComplete, dirAuto, inputMode } = props;
  return (
    <div className={fieldClass(form, name)}>
      <Label {...props} />
      <HintAndError {...props} />
      <input
        id={form.fieldId(name)}
        name={name}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        inputMode={inputMode}
        dir={dirAuto ? 'auto' : type === 'text' ? undefined : 'ltr'}
        spellCheck={type === 'text' ? undefined : false}
        aria-invalid={form.errors[name] ? true : undefined}
        aria-describedby={describedBy(form, name, hint)}
      />
    </div>
  );
}

interface TextAreaFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

export function TextAreaField(props: TextAreaFieldProps) {
  const { form, name, hint, value, onChange, rows = 6 } = props;
  return (
    <div className={fieldClass(form, name)}>
      <Label {...props} />
      <HintAndError {...props} />
      <textarea
        id={form.fieldId(name)}
        name={name}
        rows={rows}
        value={value}
        dir="auto"
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={form.errors[name] ? true : undefined}
        aria-describedby={describedBy(form, name, hint)}
      />
    </div>
  );
}

interface SelectFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  /** The first, empty choice, when choosing is optional or must be explicit. */
  placeholder?: string;
}

export function SelectField(props: SelectFieldProps) {
  const { form, name, hint, value, onChange, options, placeholder } = props;
  return (
    <div className={fieldClass(form, name)}>
      <Label {...props} />
      <HintAndError {...props} />
      <select
        id={form.fieldId(name)}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={form.errors[name] ? true : undefined}
        aria-describedby={describedBy(form, name, hint)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface PasswordFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  /** A new password gets the length hint and `new-password`, so password managers offer one. */
  isNew?: boolean;
}

export function PasswordField(props: PasswordFieldProps) {
  const { form, name, value, onChange, isNew } = props;
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const id = form.fieldId(name);
  const hint = isNew ? t('form.passwordHint') : props.hint;
  return (
    <div className={fieldClass(form, name)}>
      <Label {...props} />
      <HintAndError {...props} hint={hint} />
      <div className="password-row">
        <input
          id={id}
          name={name}
          type={shown ? 'text' : 'password'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={isNew ? 'new-password' : 'current-password'}
          autoCapitalize="off"
          spellCheck={false}
          dir="ltr"
          aria-invalid={form.errors[name] ? true : undefined}
          aria-describedby={describedBy(form, name, hint)}
        />
        <button
          type="button"
          className="button-secondary"
          aria-controls={id}
          aria-pressed={shown}
          onClick={() => setShown((s) => !s)}
        >
          {t('form.showPassword')}
        </button>
      </div>
    </div>
  );
}

interface CheckboxGroupProps extends FieldProps {
  legend: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  options: readonly { value: string; label: ReactNode; lang?: string }[];
  /** Options side by side when there is room: `wide` for long labels, `narrow` for short ones. */
  columns?: 'wide' | 'narrow';
}

/** A set of checkboxes; the field's id is on the first box, so "go to the error" lands in the group. */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const { form, name, legend, hint, values, onChange, options, optional, columns } = props;
  const { t } = useTranslation();
  const id = form.fieldId(name);
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((v) => v !== value));
  return (
    <fieldset className={fieldClass(form, name)} aria-describedby={describedBy(form, name, hint)}>
      <legend>
        {legend}
        {optional && <span className="optional"> {t('form.optional')}</span>}
      </legend>
      <HintAndError {...props} />
      <ul className={columns ? `checkbox-list checkbox-columns-${columns}` : 'checkbox-list'}>
        {options.map((option, index) => (
          <li key={option.value}>
            <label>
              <input
                type="checkbox"
                id={index === 0 ? id : undefined}
                name={name}
                value={option.value}
                checked={values.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <span lang={option.lang}>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

interface CheckboxFieldProps extends FieldProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField(props: CheckboxFieldProps) {
  const { form, name, hint, checked, onChange } = props;
  const id = form.fieldId(name);
  return (
    <div className={`${fieldClass(form, name)} field-checkbox`}>
      <HintAndError {...props} hint={undefined} />
      <input
        type="checkbox"
        id={id}
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={describedBy(form, name, hint)}
      />
      <label htmlFor={id}>{form.labels[name]}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * The summary above the form: always in the page (role=alert announces what appears in it), with a
 * link to each field at fault.
 */
export function FormErrorSummary({ form }: { form: ApiForm }) {
  const { t } = useTranslation();
  const fields = Object.keys(form.labels).filter((name) => form.errors[name]);
  const hasContent = fields.length > 0 || Boolean(form.message);
  return (
    <div role="alert" id={`${form.id}-summary`} tabIndex={-1} className="form-summary">
      {hasContent && (
        <div className="notice notice-error">
          <p className="form-summary-title">{fields.length > 0 ? t('form.fixThese') : t('form.notDone')}</p>
          {form.message && <p>{form.message}</p>}
          {fields.length > 0 && <FormErrorLinks form={form} fields={fields} />}
        </div>
      )}
    </div>
  );
}

/** A link to each of these fields at fault, with what is wrong with it. */
export function FormErrorLinks({ form, fields }: { form: ApiForm; fields: string[] }) {
  return (
    <ul>
      {fields.map((name) => (
        <li key={name}>
          <a
            href={`#${form.fieldId(name)}`}
            onClick={(event) => {
              event.preventDefault();
              document.getElementById(form.fieldId(name))?.focus();
            }}
          >
            {form.labels[name]}: {form.errors[name]}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function SubmitButton({ form, children }: { form: ApiForm; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button-primary" disabled={form.sending}>
      {form.sending ? t('form.sending') : children}
    </button>
  );
}

/** A form element that hands its submission to `onSubmit` without reloading the page. */
export function ApiFormElement({
  form,
  onSubmit,
  children,
  className,
  labelledBy,
}: {
  form: ApiForm;
  onSubmit: () => void;
  children: ReactNode;
  className?: string;
  labelledBy?: string;
}) {
  return (
    <form
      id={form.id}
      className={className ?? 'stacked-form'}
      noValidate
      aria-labelledby={labelledBy}
      aria-busy={form.sending}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <FormErrorSummary form={form} />
      {children}
    </form>
  );
}

/** A polite note that something worked (saved, sent). */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="status-region">
      {children && <p className="notice notice-success">{children}</p>}
    </div>
  );
}
