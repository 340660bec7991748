/** A friendly page for a link that cannot be used; the caller answers 404 or 410. */
import { html } from '../html/html';
import { uiText, type UiTextKey } from '../texts/ui-texts';
import { renderSimplePage, type PageBasics } from './document';

export type UnavailableReason = 'closed' | 'paused' | 'full' | 'not_found' | 'not_open_yet' | 'busy';

export interface UnavailableInput extends PageBasics {
  reason: UnavailableReason;
}

const UNAVAILABLE_TEXTS: Record<UnavailableReason, [UiTextKey, UiTextKey]> = {
  closed: ['closedHeading', 'closedText'],
  paused: ['pausedHeading', 'pausedText'],
  full: ['fullHeading', 'fullText'],
  not_found: ['notFoundHeading', 'notFoundText'],
  not_open_yet: ['notOpenYetHeading', 'notOpenYetText'],
  busy: ['busyHeading', 'busyText'],
};

export function renderUnavailable(input: UnavailableInput): string {
  const [heading, text] = UNAVAILABLE_TEXTS[input.reason].map((key) => uiText(key, input.language));
  return renderSimplePage(input, heading, html`<h1>${heading}</h1>
<p>${text}</p>`);
}
