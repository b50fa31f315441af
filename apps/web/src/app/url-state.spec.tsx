import { SdgGoalSchema } from '@galaxy/contracts';
import { act, render } from '@testing-library/react';
import { createBrowserRouter, RouterProvider, useSearchParams } from 'react-router';
import { readList, readPage, toggleInList, useUpdateSearchParams, withList, withValue } from './url-state';

const params = (query: string) => new URLSearchParams(query);

describe('search state in the address', () => {
  describe('readList', () => {
    it('reads repeated and comma-separated values alike, once each', () => {
      expect(readList(params('sdg=6&sdg=7,13&sdg=6'), 'sdg')).toEqual(['6', '7', '13']);
    });

    it('drops values the filter would refuse instead of failing the page', () => {
      expect(readList(params('sdg=6,99,abc,,%20&sdg=0'), 'sdg', SdgGoalSchema)).toEqual(['6']);
    });

    it('gives nothing for a parameter that is absent', () => {
      expect(readList(params('q=water'), 'sdg')).toEqual([]);
    });
  });

  describe('changing a filter', () => {
    it('goes back to the first page and keeps the other filters', () => {
      const next = withList(params('q=water&sdg=6&page=4&region=002'), 'sdg', ['6', '7']);
      expect(next.getAll('sdg')).toEqual(['6', '7']);
      expect(next.get('q')).toBe('water');
      expect(next.get('region')).toBe('002');
      expect(next.has('page')).toBe(false);
    });

    it('ticks a value on, then off again', () => {
      const on = toggleInList(params('sdg=6'), 'sdg', '13');
      expect(on.getAll('sdg')).toEqual(['6', '13']);
      const off = toggleInList(on, 'sdg', '6');
      expect(off.getAll('sdg')).toEqual(['13']);
    });

    it('does not change the parameters it was given (the back button keeps the old address)', () => {
      const before = params('sdg=6&page=2');
      toggleInList(before, 'sdg', '7');
      withValue(before, 'sort', 'newest');
      expect(before.toString()).toBe('sdg=6&page=2');
    });
  });

  describe('withValue', () => {
    it('removes a parameter set to empty, so the address stays short', () => {
      expect(withValue(params('q=water&sort=newest'), 'q', '').toString()).toBe('sort=newest');
      expect(withValue(params('q=water&sort=newest'), 'sort', undefined).toString()).toBe('q=water');
    });

    it('goes back to page 1 when the query or sort changes, but not when the page itself does', () => {
      expect(withValue(params('q=a&page=3'), 'q', 'b').has('page')).toBe(false);
      expect(withValue(params('q=a&page=3'), 'page', '4').toString()).toBe('q=a&page=4');
    });
  });

  describe('readPage', () => {
    it.each([
      ['', 1],
      ['page=3', 3],
      ['page=0', 1],
      ['page=-2', 1],
      ['page=2.5', 1],
      ['page=abc', 1],
      ['page=1000', 1000],
      ['page=1001', 1],
    ])('?%s is page %d', (query, page) => {
      expect(readPage(params(query))).toBe(page);
    });
  });

  describe('useUpdateSearchParams', () => {
    function renderSearchPage(address: string) {
      const page: { update?: ReturnType<typeof useUpdateSearchParams>; shown?: string } = {};
      function SearchPage() {
        page.update = useUpdateSearchParams();
        page.shown = useSearchParams()[0].toString();
        return null;
      }
      window.history.replaceState(null, '', address);
      render(<RouterProvider router={createBrowserRouter([{ path: '/solutions', element: <SearchPage /> }])} />);
      return page;
    }

    it('keeps both of two filters ticked one right after the other (before the page redraws)', async () => {
      const page = renderSearchPage('/solutions?q=water&page=3');
      await act(async () => {
        page.update?.((current) => toggleInList(current, 'sdg', '6'));
        page.update?.((current) => toggleInList(current, 'sdg', '7'));
      });
      expect(window.location.search).toBe('?q=water&sdg=6&sdg=7');
      expect(page.shown).toBe('q=water&sdg=6&sdg=7');
    });

    it('adds each change to the history, so the back button undoes the last filter', async () => {
      const page = renderSearchPage('/solutions?q=water');
      await act(async () => page.update?.((current) => withValue(current, 'sort', 'newest')));
      expect(window.location.search).toBe('?q=water&sort=newest');
      await act(async () => {
        window.history.back();
        await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      });
      expect(window.location.search).toBe('?q=water');
      expect(page.shown).toBe('q=water');
    });
  });
});
