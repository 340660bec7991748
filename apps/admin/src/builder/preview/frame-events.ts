/**
 * What the designer does inside the preview frame, caught before the browser acts on it: sending
 * the form becomes a preview request (the form never posts anywhere), a language link switches
 * the preview's language, and the code link only explains itself.
 */
import type { PreviewForm } from '../../api/preview';

export type FrameAction = { kind: 'send'; form: PreviewForm } | { kind: 'language'; language: string } | { kind: 'resume' };

const LANGUAGE_HREF = /^#preview-language-([a-z]{2})$/;

/** A form's fields as a urlencoded post would send them, with the button that was pressed. */
export function formFields(form: HTMLFormElement, submitter: HTMLElement | null): PreviewForm {
  const fields: PreviewForm = {};
  const data = submitter ? new FormData(form, submitter) : new FormData(form);
  for (const [name, value] of data.entries()) {
    if (typeof value !== 'string') continue;
    const before = fields[name];
    fields[name] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
  }
  return fields;
}

/** Listens in the frame's document; answers a function that stops listening. */
export function listenToFrame(document: Document, act: (action: FrameAction) => void): () => void {
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    act({ kind: 'send', form: formFields(event.target as HTMLFormElement, event.submitter) });
  };
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a');
    const href = link?.getAttribute('href') ?? '';
    const language = LANGUAGE_HREF.exec(href)?.[1];
    if (language) {
      event.preventDefault();
      act({ kind: 'language', language });
    } else if (href === '#preview-resume') {
      event.preventDefault();
      act({ kind: 'resume' });
    }
  };
  document.addEventListener('submit', onSubmit);
  document.addEventListener('click', onClick);
  return () => {
    document.removeEventListener('submit', onSubmit);
    document.removeEventListener('click', onClick);
  };
}
