import { NeedSchema, OfferSchema, type Need, type Offer } from '@galaxy/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../app/api';
import { listingChanged, listingPath } from './listing-queries';
import { serverErrors } from './need-form';
import './listings.css';

type Listing = Need | Offer;

/** Sends a change of a need or an offer (with its version); the page then shows the answer. */
export function useListingPatch(listing: Listing) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      listing.kind === 'need'
        ? apiSend('PATCH', `/needs/${listing.id}`, { version: listing.version, ...body }, NeedSchema)
        : apiSend('PATCH', `/offers/${listing.id}`, { version: listing.version, ...body }, OfferSchema),
    onSuccess: (answer: Listing) => listingChanged(queryClient, answer),
  });
}

/**
 * What its organization may do with an open listing: edit, close (or reopen), and for a need,
 * withdraw it after a confirmation that says what that ends.
 */
export function ListingActions({
  listing,
  onEdit,
  editing,
}: {
  listing: Listing;
  onEdit: () => void;
  editing: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const patch = useListingPatch(listing);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<ReactNode>();
  const [done, setDone] = useState<string>();
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const k = listing.kind;

  if (listing.status === 'withdrawn') return null;

  const change = (status: 'open' | 'closed' | 'withdrawn') => {
    setNote(undefined);
    setDone(undefined);
    patch.mutate(
      { status },
      {
        onSuccess: () => {
          setConfirming(false);
          setDone(t(`listings.actions.done.${status}`));
        },
        onError: (error) => setNote(serverErrors(error, t, () => undefined).message),
      },
    );
  };

  return (
    <section className="listing-actions panel" aria-labelledby="listing-actions-heading">
      <h2 id="listing-actions-heading">{t('listings.actions.heading')}</h2>
      <div role="status" className="status-region">
        {done && <p className="notice notice-success">{done}</p>}
      </div>
      {note && (
        <div className="notice notice-error" role="alert">
          <p>{note}</p>
          <button
            type="button"
            onClick={() => {
              setNote(undefined);
              void queryClient.invalidateQueries({ queryKey: ['listings', k, 'detail', listing.id] });
            }}
          >
            {t('listings.actions.reload')}
          </button>
        </div>
      )}
      <div className="button-row">
        {!editing && (
          <button type="button" className="button-primary" onClick={onEdit}>
            {t(`listings.actions.edit.${k}`)}
          </button>
        )}
        {listing.status === 'open' ? (
          <button
            type="button"
            className="button-secondary"
            disabled={patch.isPending}
            onClick={() => change('closed')}
          >
            {t(`listings.actions.close.${k}`)}
          </button>
        ) : (
          <button type="button" className="button-secondary" disabled={patch.isPending} onClick={() => change('open')}>
            {t(`listings.actions.reopen.${k}`)}
          </button>
        )}
        {k === 'need' && !confirming && (
          <button
            type="button"
            ref={withdrawButton}
            className="button-secondary button-danger"
            onClick={() => {
              setConfirming(true);
              window.setTimeout(() => document.getElementById('withdraw-confirm-heading')?.focus());
            }}
          >
            {t('listings.actions.withdraw')}
          </button>
        )}
      </div>
      {confirming && (
        <div className="notice notice-warning withdraw-confirm" role="group" aria-labelledby="withdraw-confirm-heading">
          <h3 id="withdraw-confirm-heading" tabIndex={-1}>
            {t('listings.actions.withdrawTitle')}
          </h3>
          <p>{t('listings.actions.withdrawText')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button-primary button-danger-solid"
              disabled={patch.isPending}
              onClick={() => change('withdrawn')}
            >
              {patch.isPending ? t('form.sending') : t('listings.actions.withdrawConfirm')}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setConfirming(false);
                window.setTimeout(() => withdrawButton.current?.focus());
              }}
            >
              {t('listings.actions.cancel')}
            </button>
          </div>
        </div>
      )}
      <p className="muted">{t(`listings.actions.hint.${k}`, { path: listingPath(k) })}</p>
    </section>
  );
}
