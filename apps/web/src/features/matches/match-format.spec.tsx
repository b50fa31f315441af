import type { Reason, RegionRefOut, SdgGoal, UiLanguage } from '@galaxy/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiError } from '../../app/api';
import { changeLanguage } from '../../app/i18n';
import { referenceQueries } from '../../app/reference-queries';
import { actionFor, conflictOf, useFormatRate, useReasonText } from './match-format';

/** The reference lists as the API gives them in each language (only what these reasons name). */
const REFERENCE: Record<'en' | 'fr', { sdgs: Partial<SdgGoal>[]; regions: Partial<RegionRefOut>[] }> = {
  en: {
    sdgs: [
      { number: 6, short: 'Clean water and sanitation', targets: [] },
      { number: 13, short: 'Climate action', targets: [] },
    ],
    regions: [{ m49: '014', name: 'Eastern Africa' }],
  },
  fr: {
    sdgs: [
      { number: 6, short: 'Eau propre et assainissement', targets: [] },
      { number: 13, short: 'Mesures relatives à la lutte contre les changements climatiques', targets: [] },
    ],
    regions: [{ m49: '014', name: 'Afrique orientale' }],
  },
};

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient();
  for (const lang of ['en', 'fr'] as const) {
    client.setQueryData(referenceQueries.sdgs(lang as UiLanguage).queryKey, REFERENCE[lang].sdgs as SdgGoal[]);
    client.setQueryData(
      referenceQueries.regions(lang as UiLanguage).queryKey,
      REFERENCE[lang].regions as RegionRefOut[],
    );
  }
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const reason = (code: Reason['code'], values: string[], text = 'in English'): Reason => ({
  code,
  values,
  text,
  points: 10,
});

describe('match reasons and stages, as a broker reads them', () => {
  afterEach(async () => {
    await act(() => changeLanguage('en'));
  });

  it('names goals, regions and kinds of support instead of showing codes', () => {
    const { result } = renderHook(() => useReasonText(), { wrapper });
    const text = result.current;
    expect(text(reason('shared_goals', ['6', '13']))).toBe(
      'Works on the same goals: Goal 6 (Clean water and sanitation) and Goal 13 (Climate action)',
    );
    expect(text(reason('same_subregion', ['014']))).toBe('Works in the same sub-region: Eastern Africa');
    expect(text(reason('modality_fit', ['training', 'finance', 'equipment']))).toBe(
      'Offers the support asked for: Training, Finance, and Equipment',
    );
    expect(text(reason('shared_targets', ['6.4']))).toBe('Works on the same SDG targets: 6.4');
  });

  it('counts a track record with the right plural', () => {
    const { result } = renderHook(() => useReasonText(), { wrapper });
    expect(result.current(reason('track_record', ['1']))).toBe('1 published solution on these goals in the region');
    expect(result.current(reason('track_record', ['12']))).toBe('12 published solutions on these goals in the region');
  });

  it('says the reasons in the reader’s language, never the API’s English', async () => {
    const { result } = renderHook(() => useReasonText(), { wrapper });
    await act(() => changeLanguage('fr'));
    const text = result.current;
    expect(text(reason('modality_fit', ['training', 'finance']))).toBe(
      'Offre l’appui demandé : Formation et Financement',
    );
    expect(text(reason('same_region', ['014']))).toBe('Travaille dans la même région : Afrique orientale');
    expect(text(reason('shared_goals', ['6']))).toBe(
      'Travaille sur les mêmes objectifs : objectif 6 (Eau propre et assainissement)',
    );
  });

  it('falls back to the API’s sentence for a reason this version does not know', () => {
    const { result } = renderHook(() => useReasonText(), { wrapper });
    expect(result.current(reason('future_reason' as Reason['code'], [], 'A new kind of reason'))).toBe(
      'A new kind of reason',
    );
  });

  it('shows rates as percentages, and a dash while there is nothing to measure', async () => {
    const { result } = renderHook(() => useFormatRate(), { wrapper });
    expect(result.current(null)).toBe('—');
    expect(result.current(0.425)).toBe('43%');
    await act(() => changeLanguage('fr'));
    expect(result.current(0.425)).toMatch(/^43\s%$/u);
  });

  describe('moving a match', () => {
    const match = (stage: 'introduced' | 'exploring', yourParties: ('provider' | 'recipient' | 'broker')[]) => ({
      stage,
      yourParties,
    });

    it('lets the provider decline an introduction, where others drop the match', () => {
      expect(actionFor('dropped', match('introduced', ['provider']))).toBe('decline');
      expect(actionFor('dropped', match('introduced', ['broker']))).toBe('drop');
      expect(actionFor('dropped', match('exploring', ['provider']))).toBe('drop');
    });

    it('names each step forward for what it does', () => {
      const m = match('introduced', ['broker']);
      expect(
        (['introduced', 'exploring', 'agreed', 'implementing', 'completed'] as const).map((to) => actionFor(to, m)),
      ).toEqual(['introduce', 'accept', 'agree', 'implement', 'complete']);
    });

    it('tells apart why a move was refused: someone acted first, the stage moved on, or another party must act', () => {
      const refused = (code: 'STALE_VERSION' | 'INVALID_TRANSITION' | 'FORBIDDEN' | 'NOT_FOUND') =>
        new ApiError(409, { type: 'about:blank', title: code, status: 409, detail: '', code });
      expect(conflictOf(refused('STALE_VERSION'))).toBe('stale');
      expect(conflictOf(refused('INVALID_TRANSITION'))).toBe('transition');
      expect(conflictOf(refused('FORBIDDEN'))).toBe('forbidden');
      expect(conflictOf(refused('NOT_FOUND'))).toBeUndefined();
      expect(conflictOf(new TypeError('Failed to fetch'))).toBeUndefined();
    });
  });
});
