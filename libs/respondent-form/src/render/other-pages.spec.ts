import type { Language } from '@stemme/questionnaire';
import { formControls, ids, innerTexts, labelTargets, tagsNamed } from '../testing/html-inspection';
import { renderReceipt } from './receipt-page';
import { formatResumeCode, normalizeResumeCode, renderResumeCode, renderResumeEntry, resumeCodeMessage } from './resume-pages';
import { renderUnavailable, type UnavailableReason } from './unavailable-page';

const LANGUAGES: Language[] = ['nb', 'nn', 'en'];

describe('renderReceipt', () => {
  it.each<[Language, string]>([
    ['nb', 'Takk for svarene dine!'],
    ['nn', 'Takk for svara dine!'],
    ['en', 'Thank you for your answers!'],
  ])('thanks the respondent in %s and says the answers cannot be traced to them', (language, heading) => {
    const page = renderReceipt({ language, studyTitle: 'Brukerundersøkelse' });
    expect(page).toContain(`<html lang="${language}">`);
    expect(innerTexts(page, 'h1')).toEqual([heading]);
    expect(innerTexts(page, 'p').length).toBeGreaterThanOrEqual(4);
    expect(tagsNamed(page, 'script')).toEqual([]);
  });

  it('shows the receipt code when there is one', () => {
    expect(renderReceipt({ language: 'nb', studyTitle: 'S', receiptCode: 'AB12-CD34' })).toContain('<strong class="code">AB12-CD34</strong>');
    expect(renderReceipt({ language: 'nb', studyTitle: 'S' })).not.toContain('Kvitteringskode');
  });

  it('shows where to find someone to talk to, with links a phone can call, and nothing else', () => {
    const page = renderReceipt({
      language: 'nb',
      studyTitle: 'S',
      helpText: 'Du kan ringe hele døgnet.\n\nDet er gratis.',
      helpLinks: [
        { label: 'Ring 116 123', href: 'tel:116123' },
        { label: 'Les mer', href: 'https://example.org/hjelp' },
        { label: 'Farlig', href: 'javascript:alert(1)' },
      ],
    });
    expect(innerTexts(page, 'h2')).toEqual(['Trenger du noen å snakke med nå?']);
    expect(innerTexts(page, 'p')).toEqual(expect.arrayContaining(['Du kan ringe hele døgnet.', 'Det er gratis.']));
    expect(tagsNamed(page, 'a').map((tag) => tag.attributes.href)).toEqual(['#main', 'tel:116123', 'https://example.org/hjelp']);
  });

  it('has no help box when the caller gives no help text', () => {
    expect(renderReceipt({ language: 'nb', studyTitle: 'S' })).not.toContain('help-box');
  });
});

describe('continuing later', () => {
  it('writes the code in groups of four', () => {
    expect(formatResumeCode('k7qxm2pa')).toBe('K7QX-M2PA');
    expect(formatResumeCode('K7QX-M2PA')).toBe('K7QX-M2PA');
    expect(formatResumeCode('ABCDEFGHIJ')).toBe('ABCD-EFGH-IJ');
  });

  it('reads a typed code whatever the case, spaces and dashes', () => {
    expect(normalizeResumeCode(' k7qx m2-pa ')).toBe('K7QXM2PA');
  });

  it.each<[Language, string]>([
    ['nb', 'Koden virker til og med 31. mars 2025.'],
    ['nn', 'Koden verkar til og med 31. mars 2025.'],
    ['en', 'The code works until the end of 31 March 2025.'],
  ])('shows the code, how long it works and how to use it, in %s', (language, expiry) => {
    const page = renderResumeCode({ language, code: 'K7QXM2PA', expiresOn: '2025-03-31', continueHref: '/s/abc' });
    expect(innerTexts(page, 'p')).toContain('K7QX-M2PA');
    expect(page).toContain(expiry);
    expect(tagsNamed(page, 'li')).toHaveLength(3);
    expect(tagsNamed(page, 'a').map((tag) => tag.attributes.href)).toEqual(['#main', '/s/abc']);
  });

  it('asks for the code with a labelled field', () => {
    const page = renderResumeEntry({ language: 'nb', formAction: '/s/resume', csrfToken: 'token' });
    expect(formControls(page).map((control) => control.attributes.id)).toEqual(['resume-code']);
    expect(labelTargets(page).has('resume-code')).toBe(true);
    expect(tagsNamed(page, 'input').find((tag) => tag.attributes.name === '_csrf')?.attributes.value).toBe('token');
    expect(page).not.toContain('data-error-summary');
  });

  it.each(LANGUAGES)('says what is wrong with the code in %s, at the top and at the field', (language) => {
    const message = resumeCodeMessage('not_found', language);
    const page = renderResumeEntry({ language, formAction: '/s/resume', csrfToken: 'token', problems: { code: message }, value: 'K7QX' });
    expect(page).toContain('<a href="#resume-code">');
    expect(ids(page)).toEqual(expect.arrayContaining(['resume-code', 'resume-code-error', 'resume-code-hint']));
    expect(formControls(page)[0].attributes).toMatchObject({ 'aria-invalid': 'true', value: 'K7QX', 'aria-describedby': 'resume-code-hint resume-code-error' });
    expect(innerTexts(page, 'a')).toContain(message);
  });
});

describe('renderUnavailable', () => {
  const reasons: UnavailableReason[] = ['closed', 'paused', 'full', 'not_found', 'not_open_yet'];

  it.each(LANGUAGES)('explains each reason with its own heading in %s', (language) => {
    const headings = reasons.map((reason) => innerTexts(renderUnavailable({ language, reason }), 'h1')[0]);
    expect(new Set(headings).size).toBe(reasons.length);
    expect(headings.every((heading) => heading.length > 0)).toBe(true);
  });

  it('names the study in the title when it is known, and carries no script', () => {
    const page = renderUnavailable({ language: 'en', reason: 'closed', studyTitle: 'User survey' });
    expect(innerTexts(page, 'title')).toEqual(['The survey has ended – User survey']);
    expect(tagsNamed(page, 'script')).toEqual([]);
  });
});
