import {
  ImportPreviewSchema,
  ImportResultSchema,
  type ImportInput,
  type ImportPreview,
  type ImportResult,
} from '@galaxy/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiSend } from '../../app/api';
import { useFormatNumber } from '../../app/format';
import { problemFeedback } from '../../app/problem-feedback';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { CurationNav } from './CurationNav';
import { isForbidden, StaffOnly, StaffOnlyMessage } from './StaffOnly';
import './curation.css';

type Format = ImportInput['format'];
/** The contract's limit on the file's text, within the API's request limit. */
const MAX_CHARS = 900_000;

const SAMPLE_CSV = `externalId,language,title,summary,challenge,towardsSolution,resultsImpact,sdgs,sdgTargets,countries,modality,themes,organizations,projectStatus,startYear,endYear,source
demo-ke-001,en,Solar pumps for smallholder irrigation,Farmers share solar pumps run by cooperatives.,Irrigation depended on diesel.,An Indian agency trained local technicians.,Yields rose by a third.,2;7,2.3;7.2,KE:recipient;IN:provider,south-south,agriculture;energy,Ministry of Agriculture|government|implementing|KE;Solar Skills Institute|academia|supporting|IN|SSI,completed,2019,2022,Partner report 2023`;

export function ImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('curation.import.title'));
  return <StaffOnly>{() => <Importer />}</StaffOnly>;
}

interface LoadedFile {
  name: string;
  content: string;
}

function formatOf(file: File): Format {
  return /\.json$/i.test(file.name) || file.type === 'application/json' ? 'json' : 'csv';
}

function Importer() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formatNumber = useFormatNumber();
  const [file, setFile] = useState<LoadedFile>();
  const [format, setFormat] = useState<Format>('csv');
  const [problem, setProblem] = useState<ReactNode>();
  const [forbidden, setForbidden] = useState(false);
  const [preview, setPreview] = useState<{ input: ImportInput; result: ImportPreview }>();
  const [result, setResult] = useState<ImportResult>();
  const previewHeading = useRef<HTMLHeadingElement>(null);

  const explain = (error: unknown) => {
    if (isForbidden(error)) return setForbidden(true);
    const unreadable =
      error instanceof ApiError && (error.code === 'VALIDATION_FAILED' || error.code === 'MALFORMED_REQUEST');
    setProblem(
      unreadable
        ? t('curation.import.unreadable', { format: format.toUpperCase() })
        : problemFeedback(error, t).message,
    );
  };

  const check = useMutation({
    mutationFn: (input: ImportInput) => apiSend('POST', '/curation/import/preview', input, ImportPreviewSchema),
    onSuccess: (answer, input) => setPreview({ input, result: answer }),
    onError: explain,
  });
  const run = useMutation({
    mutationFn: (input: ImportInput) => apiSend('POST', '/curation/import', input, ImportResultSchema),
    onSuccess: (answer) => {
      setResult(answer);
      // New and updated solutions show up in the catalog and, if they wait for review, in the queue.
      void queryClient.invalidateQueries({ queryKey: ['solutions'] });
      void queryClient.invalidateQueries({ queryKey: ['curation'] });
    },
    onError: explain,
  });

  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setPreview(undefined);
    setResult(undefined);
    setProblem(undefined);
    if (!chosen) return setFile(undefined);
    setFormat(formatOf(chosen));
    try {
      setFile({ name: chosen.name, content: await chosen.text() });
    } catch {
      setFile(undefined);
      setProblem(t('curation.import.cannotRead'));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPreview(undefined);
    setResult(undefined);
    setProblem(undefined);
    if (!file || file.content.trim() === '') return setProblem(t('curation.import.chooseFile'));
    if (file.content.length > MAX_CHARS) {
      return setProblem(t('curation.import.tooLarge', { size: formatNumber(Math.round(MAX_CHARS / 1000)) }));
    }
    check.mutate({ format, content: file.content });
  };

  if (forbidden) return <StaffOnlyMessage />;
  const validCount = preview?.result.valid.length ?? 0;

  return (
    <div className="curation-page import-page">
      <h1>{t('curation.import.title')}</h1>
      <p className="lead">{t('curation.import.lead')}</p>
      <CurationNav />

      <details className="import-help">
        <summary>{t('curation.import.helpSummary')}</summary>
        <ul>
          <li>{t('curation.import.helpColumns')}</li>
          <li>{t('curation.import.helpLists')}</li>
          <li>
            {t('curation.import.helpCountries')} <code dir="ltr">KE:recipient;IN:provider</code>
          </li>
          <li>
            {t('curation.import.helpOrganizations')} <code dir="ltr">name|type|role|country|acronym</code>
          </li>
          <li>{t('curation.import.helpExternalId')}</li>
          <li>{t('curation.import.helpJson')}</li>
        </ul>
        <p>{t('curation.import.sample')}</p>
        <pre className="import-sample" dir="ltr" tabIndex={0} aria-label={t('curation.import.sample')}>
          {SAMPLE_CSV}
        </pre>
      </details>

      <form className="stacked-form" onSubmit={submit} noValidate aria-busy={check.isPending}>
        <div role="alert" className="status-region">
          {problem && <p className="notice notice-error">{problem}</p>}
        </div>
        <div className="field">
          <label htmlFor="import-file">{t('curation.import.file')}</label>
          <p className="field-hint" id="import-file-hint">
            {t('curation.import.fileHint', { size: formatNumber(Math.round(MAX_CHARS / 1000)) })}
          </p>
          <input
            id="import-file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby="import-file-hint"
            onChange={(event) => void choose(event)}
          />
        </div>
        <fieldset className="field">
          <legend>{t('curation.import.format')}</legend>
          <ul className="checkbox-list checkbox-columns-narrow">
            {(['csv', 'json'] as const).map((f) => (
              <li key={f}>
                <label>
                  <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
                  <span>{f.toUpperCase()}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={check.isPending}>
            {check.isPending ? t('form.sending') : t('curation.import.check')}
          </button>
        </div>
      </form>

      {preview && (
        <section aria-labelledby="preview-heading" className="import-preview">
          <h2 id="preview-heading" tabIndex={-1} ref={previewHeading}>
            {t('curation.import.previewHeading')}
          </h2>
          {validCount > 0 && !result && <p className="notice notice-warning">{t('curation.import.publishNote')}</p>}
          <p>
            {t('curation.import.validCount', { count: validCount })}{' '}
            {preview.result.invalid.length > 0 &&
              t('curation.import.invalidCount', { count: preview.result.invalid.length })}
          </p>

          {preview.result.invalid.length > 0 && (
            <div className="table-scroll" role="region" aria-labelledby="invalid-caption" tabIndex={0}>
              <table className="data-table import-invalid">
                <caption id="invalid-caption">{t('curation.import.invalidCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('curation.import.row')}</th>
                    <th scope="col">{t('curation.import.externalId')}</th>
                    <th scope="col">{t('curation.import.errors')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.result.invalid.map((row) => (
                    <tr key={row.row}>
                      <th scope="row">{formatNumber(row.row)}</th>
                      <td dir="auto">{row.externalId ?? '—'}</td>
                      <td>
                        <ul className="import-errors">
                          {row.errors.map((e, i) => (
                            <li key={i}>
                              <code dir="ltr">{e.field || t('curation.import.wholeRow')}</code>:{' '}
                              <span lang="en" dir="ltr">
                                {e.message}
                              </span>
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          {validCount > 0 && (
            <div className="table-scroll" role="region" aria-labelledby="valid-caption" tabIndex={0}>
              <table className="data-table import-valid">
                <caption id="valid-caption">{t('curation.import.validCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('curation.import.row')}</th>
                    <th scope="col">{t('curation.import.externalId')}</th>
                    <th scope="col">{t('curation.import.titleColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.result.valid.map((row) => (
                    <tr key={row.row}>
                      <th scope="row">{formatNumber(row.row)}</th>
                      <td dir="auto">{row.externalId}</td>
                      <td dir="auto">{row.title}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <div role="status" className="status-region">
            {result && (
              <p className="notice notice-success">
                {t('curation.import.done', {
                  created: formatNumber(result.created),
                  updated: formatNumber(result.updated),
                  skipped: formatNumber(result.skipped),
                })}
              </p>
            )}
          </div>
          {validCount > 0 && !result && (
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
                {run.isPending ? t('form.sending') : t('curation.import.run', { count: validCount })}
              </button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
