import { type ReactNode, useEffect, useRef } from 'react';
import { hasNavigatedInApp } from '../app/router';

/**
 * The screen's one h1. It names the browser tab and, after moving between screens, takes the
 * focus so that screen reader and keyboard users start at the top of the new content.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Stemme`;
  }, [title]);
  useEffect(() => {
    if (hasNavigatedInApp()) heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
