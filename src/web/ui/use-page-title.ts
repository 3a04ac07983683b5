import { useEffect } from 'react';

/** Sets the document title to "<page> · Tandem" while the page is shown. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Tandem` : 'Tandem';
  }, [title]);
}
