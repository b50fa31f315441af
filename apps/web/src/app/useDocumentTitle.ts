import { useEffect } from 'react';

/** Sets the browser tab title (what a screen reader announces first on a new page). */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Galaxy` : 'Galaxy';
  }, [title]);
}
