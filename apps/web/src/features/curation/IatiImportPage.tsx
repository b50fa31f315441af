import {
  IATI_MAX_FILES,
  IatiImportReportSchema,
  type IatiActivityReport,
  type IatiImportInput,
  type IatiImportReport,
} from '@galaxy/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, apiSend } from '../../app/api';
import { useFormatNumber } from '../../app/format';
import { problemFeedback } from '../../app/problem-feedback';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { CurationNav } from './CurationNav';
import { isForbidden, StaffOnly, StaffOnlyMessage } from './StaffOnly';
import './curation.css';

/** The API's limit per file (bytes), within its request limit. */
const MAX_BYTES = 900_000;
/** Codes of a file the API could not read at all: its message (English, from the server) says why. */
const FILE_CODES = ['XML_MALFORMED', 'XML_DTD_FORBIDDEN', 'IATI_WRONG_ROOT', 'PAYLOAD_TOO_LARGE', 'IATI_UNKNOWN_CODE'];

export function IatiImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('curation.iati.title'));
  return <StaffOnly>{() => <IatiImporter />}</StaffOnly>;
}

function IatiImporter() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formatNumber = useFormatNumber();
  const [files, setFiles] = useState<IatiImportInput['files']>([]);
  const [problem, setProblem] = useState<ReactNode>();
  const [forbidden, setForbidden] = useState(false);
  const [preview, setPreview] = useState<{ input: IatiImportInput; report: IatiImportReport }>();
  const [result, setResult] = useState<IatiImportReport>();
  const previewHeading = useRef<HTMLHeadingElement>(null);

  const explain = (error: unknown) => {
    if (isForbidden(error)) return setForbidden(true);
    if (error instanceof ApiError && error.code && FILE_CODES.includes(error.code)) {
      return setProblem(
        <>
          {t(`curation.iati.refused.${error.code}`)}{' '}
          <span lang="en" dir="ltr">
            {error.problem?.detail}
          </span>
        </>,
      );
    }
    setProblem(problemFeedback(error, t).message);
  };

  const check = useMutation({
    mutationFn: (input: IatiImportInput) => apiSend('POST', '/curation/iati/preview', input, IatiImportReportSchema),
    onSuccess: (report, input) => setPreview({ input, report }),
    onError: explain,
  });
  const run = useMutation({
    mutationFn: (input: IatiImportInput) => apiSend('POST', '/curation/iati/import', input, IatiImportReportSchema),
    onSuccess: (report) => {
      setResult(report);
      void queryClient.invalidateQueries({ queryKey: ['curation'] });
    },
    onError: explain,
  });

  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    setPreview(undefined);
    setResult(undefined);
    setProblem(undefined);
    if (chosen.length > IATI_MAX_FILES) {
      setFiles([]);
      return setProblem(t('curation.iati.tooMany', { max: formatNumber(IATI_MAX_FILES) }));
    }
    const tooLarge = chosen.find((f) => f.size > MAX_BYTES);
    if (tooLarge) {
      setFiles([]);
      return setProblem(
        t('curation.iati.tooLarge', { name: tooLarge.name, size: formatNumber(Math.round(MAX_BYTES / 1000)) }),
      );
    }
    try {
      setFiles(await Promise.all(chosen.map(async (f) => ({ name: f.name, content: await f.text() }))));
    } catch {
      setFiles([]);
      setProblem(t('curation.import.cannotRead'));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPreview(undefined);
    setResult(undefined);
    setProblem(undefined);
    if (!files.length || files.some((f) => f.content.trim() === '')) return setProblem(t('curation.iati.chooseFile'));
    check.mutate({ files });
  };

  if (forbidden) return <StaffOnlyMessage />;
  const report = result ?? preview?.report;
  const ready = preview ? preview.report.created + preview.report.updated : 0;

  return (
    <div className="curation-page import-page">
      <h1>{t('curation.iati.title')}</h1>
      <p className="lead">{t('curation.iati.lead')}</p>
      <CurationNav />

      <form className="stacked-form" onSubmit={submit} noValidate aria-busy={check.isPending}>
        <div role="alert" className="status-region">
          {problem && <p className="notice notice-error">{problem}</p>}
        </div>
        <div className="field">
          <label htmlFor="iati-files">{t('curation.iati.files')}</label>
          <p className="field-hint" id="iati-files-hint">
            {t('curation.iati.filesHint', {
              size: formatNumber(Math.round(MAX_BYTES / 1000)),
              max: formatNumber(IATI_MAX_FILES),
            })}
          </p>
          <input
            id="iati-files"
            type="file"
            multiple
            accept=".xml,application/xml,text/xml"
            aria-describedby="iati-files-hint"
            onChange={(event) => void choose(event)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={check.isPending}>
            {check.isPending ? t('form.sending') : t('curation.iati.check')}
          </button>
        </div>
      </form>

      {preview && report && (
        <section aria-labelledby="iati-preview-heading" className="import-preview">
          <h2 id="iati-preview-heading" tabIndex={-1} ref={previewHeading}>
            {t('curation.iati.previewHeading')}
          </h2>
          <p>
            {t('curation.iati.summary', {
              created: formatNumber(preview.report.created),
              updated: formatNumber(preview.report.updated),
              invalid: formatNumber(preview.report.invalid),
            })}
          </p>
          {preview.report.invalid > 0 && <p className="notice notice-warning">{t('curation.iati.fixFirst')}</p>}
          {report.files.map((file, f) => (
            <div key={f} className="table-scroll" role="region" aria-labelledby={`iati-file-${f}`} tabIndex={0}>
              <table className="data-table iati-activities">
                <caption id={`iati-file-${f}`}>{t('curation.iati.fromFile', { name: file.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('curation.iati.activity')}</th>
                    <th scope="col">{t('curation.iati.identifier')}</th>
                    <th scope="col">{t('curation.iati.titleColumn')}</th>
                    <th scope="col">{t('curation.iati.action')}</th>
                    <th scope="col">{t('curation.iati.details')}</th>
                  </tr>
                </thead>
                <tbody>
                  {file.activities.map((a) => (
                    <ActivityRow key={a.row} activity={a} done={Boolean(result)} />
                  ))}
                </tbody>
              </table>
            </div>
          ))}

          <div role="status" className="status-region">
            {result && (
              <p className="notice notice-success">
                {t('curation.iati.done', {
                  created: formatNumber(result.created),
                  updated: formatNumber(result.updated),
                })}
              </p>
            )}
          </div>
          {ready > 0 && preview.report.invalid === 0 && !result && (
            <div className="button-row">
              <button
                type="button"
                className="button-primary"
                disabled={run.isPending}
                onClick={() => {
                  setProblem(undefined);
                  run.mutate(preview.input);
                }}
              >
                {run.isPending ? t('form.sending') : t('curation.iati.run', { n: formatNumber(ready) })}
              </button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

function ActivityRow({ activity: a, done }: { activity: IatiActivityReport; done: boolean }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const notes: [string, { field: string; note?: string; message?: string }[]][] = [
    ['errors', a.errors],
    ['guessed', a.guessed],
    ['dropped', a.dropped],
    ['mapped', a.mapped],
  ];
  return (
    <tr>
      <th scope="row">{formatNumber(a.row)}</th>
      <td dir="ltr">{a.iatiIdentifier ?? '—'}</td>
      <td dir="auto">
        {done && a.solutionId ? <Link to={`/curation/solutions/${a.solutionId}`}>{a.title}</Link> : (a.title ?? '—')}
      </td>
      <td>{t(`curation.iati.action_${a.action ?? 'invalid'}`)}</td>
      <td>
        {notes.map(([kind, items]) =>
          items.length ? (
            <details key={kind} open={kind === 'errors'}>
              <summary>
                {t(`curation.iati.${kind}`)} ({formatNumber(items.length)})
              </summary>
              <ul className="import-errors">
                {items.map((n, i) => (
                  <li key={i}>
                    <code dir="ltr">{n.field}</code>:{' '}
                    <span lang="en" dir="ltr">
                      {n.note ?? n.message}
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null,
        )}
      </td>
    </tr>
  );
}
