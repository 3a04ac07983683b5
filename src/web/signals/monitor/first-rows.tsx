import { useState } from 'react';

/** Long tables show their first rows; a button shows the rest, so a large unit's page stays short. */
export function useFirstRows<T>(items: readonly T[], first = 25) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? items : items.slice(0, first);
  return { shown, hidden: items.length - shown.length, showAll: () => setShowAll(true) };
}

export function ShowAllButton({ hidden, total, noun, onClick }: { hidden: number; total: number; noun: string; onClick: () => void }) {
  if (hidden <= 0) return null;
  return (
    <p>
      <button type="button" className="button" onClick={onClick}>
        Show all {total} {noun}
      </button>
    </p>
  );
}
