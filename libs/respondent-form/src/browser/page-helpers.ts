/** Focus for the boxes at the top of the page, and a character count for long answers. */
import type { DocumentLike, ElementLike, EventLike, FieldLike } from './dom';

/** `autofocus` does this in most browsers; this covers the others. */
export function focusTopBox(document: DocumentLike): void {
  const box = document.querySelector('[data-error-summary], [data-new-questions]');
  if (box && (document.activeElement === null || document.activeElement === document.body)) box.focus();
}

/**
 * A link to a field focuses the field and scrolls its question into view, so the question text
 * is on screen above the field rather than cut off at the top.
 */
export function linkToFields(document: DocumentLike): void {
  for (const box of Array.from(document.querySelectorAll('[data-error-summary], [data-new-questions]'))) {
    box.addEventListener('click', (event: EventLike) => {
      const link = event.target?.closest('a[href^="#"]');
      const field = link ? document.getElementById((link.getAttribute('href') ?? '').slice(1)) : null;
      if (!field) return;
      event.preventDefault();
      const group = field.closest('fieldset');
      const label = group?.querySelector('legend') ?? document.querySelector(`label[for="${field.id}"]`);
      (label ?? field).scrollIntoView();
      field.focus({ preventScroll: true });
    });
  }
}

/** "Du har 1950 tegn igjen." in the field's limit hint, once something is typed; not announced. */
export function startCharacterCounters(document: DocumentLike, form: ElementLike): void {
  for (const field of Array.from(form.querySelectorAll('input[maxlength], textarea[maxlength]')) as FieldLike[]) {
    const hint = document.getElementById(`${field.id}-hint`);
    const other = hint?.getAttribute('data-left-other');
    const one = hint?.getAttribute('data-left-one');
    const max = Number(field.getAttribute('maxlength'));
    if (!hint || !other || !one) continue;
    const counter = document.createElement('span');
    counter.className = 'counter';
    hint.appendChild(counter);
    const update = () => {
      const left = Math.max(0, max - field.value.length);
      counter.textContent = field.value === '' ? '' : ` ${left === 1 ? one : other.replace('{n}', String(left))}`;
    };
    field.addEventListener('input', update);
    update();
  }
}
