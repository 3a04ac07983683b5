import { useState, type ReactNode } from 'react';

/** A <details> section that opens at first when asked to (e.g. while its list is empty) and then stays as the user leaves it. */
export function Disclosure({ summary, initiallyOpen = false, children }: { summary: string; initiallyOpen?: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className="rs-disclosure" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
