import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways inside the page on a phone: a labelled region that keyboard
 * users can focus and scroll (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
