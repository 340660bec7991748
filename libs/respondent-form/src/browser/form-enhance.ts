/**
 * The respondent form's only script, bundled into one small file (see build-form-script.ts).
 * The form works without it; with it, follow-up questions appear as soon as they apply. No
 * inline code, no eval: it runs under `script-src 'self'`.
 */
import { browserDocument, type DocumentLike } from './dom';
import { startLiveConditions } from './live-conditions';
import { focusTopBox, linkToFields, startCharacterCounters } from './page-helpers';

function enhance(document: DocumentLike): void {
  const form = document.querySelector('form[data-survey-form]');
  if (form) {
    startLiveConditions(document, form);
    startCharacterCounters(document, form);
  }
  linkToFields(document);
  focusTopBox(document);
}

const document = browserDocument();
if (document) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => enhance(document));
  else enhance(document);
}
