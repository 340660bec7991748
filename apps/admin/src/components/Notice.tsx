import type { ReactNode } from 'react';

type Tone = 'info' | 'success' | 'warning' | 'error';

/** A message box; successes and information are announced politely, errors at once. */
export function Notice({ tone = 'info', children, className }: { tone?: Tone; children: ReactNode; className?: string }) {
  return (
    <div className={`notice notice-${tone} ${className ?? ''}`.trim()} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
