import { answerFields, korusDemoQuestionnaire as demo, type Language } from '@stemme/questionnaire';
import { pageNavigation } from '../navigation/page-navigation';
import { definitionOf, equals, everyTypeDefinition, HOSTILE, hostileDefinition, pageOf, single } from '../testing/definitions';
import { formControls, ids, innerTexts, labelTargets, startTags, tagsNamed } from '../testing/html-inspection';
import { renderWith } from '../testing/render-defaults';

const LANGUAGES: Language[] = ['nb', 'nn', 'en'];
const everyDemoPage = demo.pages.flatMap((page) => LANGUAGES.map((language) => [page.id, language] as const));
const renderDemo = (pageId: string, language: Language, changes = {}) =>
  renderWith({ definition: demo, pageId, language, languages: ['nb', 'en'], progress: pageNavigation(demo, {}, pageId), answers: { q04_admitted: 1 }, ...changes });
const everyFieldProblem = Object.fromEntries(answerFields(everyTypeDefinition).map((field) => [field.variable, `Feil i ${field.variable}`]));

describe('renderFormPage', () => {
  it('writes a whole document in the respondent\'s language', () => {
    const page = renderWith({ language: 'nn' });
    expect(page.startsWith('<!doctype html>\n<html lang="nn">')).toBe(true);
    expect(innerTexts(page, 'title')).toEqual(['Alle slags spørsmål – Side 1 av 2 – Brukerundersøkelse 2025']);
    expect(innerTexts(page, 'h1')).toEqual(['Alle slags spørsmål']);
    expect(page).toContain('<a class="skip-link" href="#main">Gå til spørsmåla</a>');
    expect(ids(page)).toContain('main');
  });

  it('escapes hostile text in questions, answers, messages, titles and the token', () => {
    const page = renderWith({
      definition: hostileDefinition(),
      studyTitle: HOSTILE,
      csrfToken: HOSTILE,
      problems: { one: HOSTILE },
      rawText: { age: HOSTILE },
      answers: { comment: HOSTILE, contact_role: HOSTILE },
    });
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&quot;&#39;');
    expect(tagsNamed(page, 'script')).toEqual([{ name: 'script', attributes: { src: '/s/assets/form.js', defer: '' } }]);
  });

  it('needs nothing inline, so it works under a strict content security policy', () => {
    const page = renderWith({ problems: everyFieldProblem });
    expect(page).not.toMatch(/<style|\sstyle=|\son[a-z]+=|javascript:/i);
  });

  it.each(everyDemoPage)('labels every field on the demo page "%s" in %s', (pageId, language) => {
    const page = renderDemo(pageId, language);
    const labelled = labelTargets(page);
    const controls = formControls(page);
    expect(controls.length).toBeGreaterThan(0);
    expect(controls.filter((control) => !labelled.has(control.attributes.id)).map((control) => control.attributes.name)).toEqual([]);
  });

  it.each(everyDemoPage)('gives every id once and points every aria reference at one on "%s" in %s', (pageId, language) => {
    const page = renderDemo(pageId, language);
    const allIds = ids(page);
    expect(new Set(allIds).size).toBe(allIds.length);
    const references = startTags(page).flatMap((tag) => [tag.attributes['aria-describedby'], tag.attributes['aria-labelledby']].filter(Boolean).flatMap((list) => list.split(' ')));
    expect(references.filter((id) => !allIds.includes(id))).toEqual([]);
  });

  it('labels every kind of field, and ties help, limits and errors to it', () => {
    const page = renderWith({ problems: everyFieldProblem });
    const allIds = ids(page);
    expect(formControls(page).filter((control) => !labelTargets(page).has(control.attributes.id))).toEqual([]);
    const describedBy = startTags(page).flatMap((tag) => (tag.attributes['aria-describedby'] ?? '').split(' ').filter(Boolean));
    expect(describedBy).toEqual(expect.arrayContaining(['q-one-help', 'q-one-error', 'q-comment-hint', 'q-comment-help', 'q-comment-error', 'q-grid_a-error', 'q-born-hint']));
    expect(describedBy.filter((id) => !allIds.includes(id))).toEqual([]);
  });

  it('puts every group of radios or checkboxes in a fieldset that begins with its legend', () => {
    const page = renderWith();
    const fieldsets = [...page.matchAll(/<fieldset\b[^>]*>([\s\S]*?)<\/fieldset>/g)].map(([, inner]) => inner);
    expect(fieldsets.every((inner) => inner.trimStart().startsWith('<legend'))).toBe(true);
    const inFieldsets = fieldsets.join('').match(/type="(radio|checkbox)"/g)?.length;
    expect(inFieldsets).toBe(page.match(/type="(radio|checkbox)"/g)?.length);
    expect(fieldsets).toHaveLength(1 + 1 + 1 + 2 + 1);
  });

  it('shows a matrix as one radio group per statement, under the matrix\'s question', () => {
    const page = renderWith();
    const group = tagsNamed(page, 'div').find((tag) => tag.attributes.role === 'group');
    expect(group?.attributes['aria-labelledby']).toBe('q-grid-text');
    expect(innerTexts(page, 'legend').filter((legend) => legend.startsWith('De lytter') || legend.startsWith('Jeg får respekt'))).toHaveLength(2);
  });

  it('names the end points of a scale with number and words, so a screen reader hears "1 Helt uenig"', () => {
    const labels = innerTexts(renderWith(), 'label');
    expect(labels).toEqual(expect.arrayContaining(['1 Helt uenig', '2', '5 Helt enig', 'Vet ikke', '11 Veldig fornøyd']));
  });

  it('links each problem in the summary at the top to its field, in page order', () => {
    const page = renderWith({ problems: { agree: 'Velg ett svar', one: 'Velg ett svar', grid_b: 'Velg ett svar', age: 'Skriv bare tall' } });
    const summary = page.slice(page.indexOf('data-error-summary'), page.indexOf('<form'));
    const links = [...summary.matchAll(/href="#([^"]+)"/g)].map(([, id]) => id);
    expect(links).toEqual(['q-one', 'q-agree', 'q-grid_b', 'q-age']);
    expect(links.every((id) => ids(page).includes(id))).toBe(true);
    expect(page.indexOf('data-error-summary')).toBeLessThan(page.indexOf('<h1>'));
    expect(innerTexts(page, 'h2')[0]).toBe('Det er noe som mangler');
    expect(innerTexts(page, 'title')[0]).toMatch(/^Feil: /);
    expect(summary).toContain('<span class="error-summary-question">Har du en fast kontaktperson?</span> <span class="error-summary-message">Velg ett svar</span>');
  });

  it('marks invalid fields for assistive technology and in words, not only in colour', () => {
    const page = renderWith({ problems: { age: 'Skriv bare tall, for eksempel 25', one: 'Velg ett svar' }, rawText: { age: 'tjue' } });
    const age = formControls(page).find((control) => control.attributes.name === 'age');
    expect(age?.attributes).toMatchObject({ 'aria-invalid': 'true', value: 'tjue', 'aria-describedby': 'q-age-error' });
    expect(innerTexts(page, 'p').filter((text) => text.startsWith('Feil:'))).toEqual(['Feil: Velg ett svar', 'Feil: Skriv bare tall, for eksempel 25']);
  });

  it('has no error summary when there are no problems', () => {
    expect(renderWith()).not.toContain('data-error-summary');
  });

  it('says in words which questions must be answered', () => {
    const page = renderWith({ language: 'en' });
    const headings = innerTexts(page, 'h2');
    expect(headings.filter((text) => text.endsWith('(required)'))).toEqual(['Do you have a contact person? (required)', 'I am heard. (required)', 'Where do you live? (required)']);
  });

  it('asks for numbers with a number keypad, never with type="number"', () => {
    const page = renderWith();
    const byName = (name: string) => formControls(page).find((control) => control.attributes.name === name)?.attributes;
    expect(page).not.toContain('type="number"');
    expect(byName('age')).toMatchObject({ type: 'text', inputmode: 'numeric' });
    expect(byName('born')).toMatchObject({ type: 'text', inputmode: 'numeric', maxlength: '4' });
    expect(byName('visits')).toMatchObject({ type: 'text', inputmode: 'numeric' });
    expect(byName('hours')).toMatchObject({ type: 'text', inputmode: 'decimal' });
    expect(byName('since')).toMatchObject({ type: 'date', max: '2025-12-31' });
  });

  it('lists the municipalities by county, sorted as Norwegians sort, with the answer chosen', () => {
    const page = renderWith({ answers: { municipality: '4601' } });
    const counties = tagsNamed(page, 'optgroup').map((tag) => tag.attributes.label);
    expect(counties).toHaveLength(15);
    expect(counties[0]).toBe('Agder');
    expect(counties.at(-1)).toBe('Østfold');
    expect(tagsNamed(page, 'option').filter((tag) => tag.attributes.value !== '')).toHaveLength(357);
    expect(tagsNamed(page, 'option').filter((tag) => 'selected' in tag.attributes)).toEqual([{ name: 'option', attributes: { value: '4601', selected: '' } }]);
    expect(innerTexts(page, 'option')[0]).toBe('Velg kommune');
  });

  it('refuses to render a municipality question without the list', () => {
    expect(() => renderWith({ municipalities: undefined })).toThrow('list of municipalities');
  });

  it('shows the limit of a text in words and keeps the browser to it', () => {
    const page = renderWith();
    expect(formControls(page).find((control) => control.attributes.name === 'comment')?.attributes).toMatchObject({ maxlength: '500', 'aria-describedby': 'q-comment-help q-comment-hint' });
    expect(innerTexts(page, 'p')).toContain('Du kan skrive opptil 500 tegn.');
  });

  it('shows the answers already given', () => {
    const page = renderWith({ answers: { one: 2, several: [1, 3], grid_a: 9, hours: 2.5, comment: 'Fint <3' } });
    const checked = formControls(page).filter((control) => 'checked' in control.attributes).map((control) => `${control.attributes.name}=${control.attributes.value}`);
    expect(checked).toEqual(['one=2', 'several=1', 'several=3', 'grid_a=9']);
    expect(formControls(page).find((control) => control.attributes.name === 'hours')?.attributes.value).toBe('2,5');
    expect(page).toContain('>Fint &lt;3</textarea>');
  });

  it('renders a live follow-up with its condition, hidden until its answer applies', () => {
    const follow = (page: string) => tagsNamed(page, 'div').find((tag) => tag.attributes['data-question'] === 'contact_role')!.attributes;
    expect(JSON.parse(follow(renderWith())['data-condition'])).toEqual({ all: [{ variable: 'one', op: 'equals', value: 1 }] });
    expect(follow(renderWith())).toHaveProperty('hidden');
    expect(follow(renderWith({ answers: { one: 1 } }))).not.toHaveProperty('hidden');
    const shown = (page: string) => tagsNamed(page, 'input').find((tag) => tag.attributes.name === '_shown')?.attributes.value;
    expect(shown(renderWith({ answers: { one: 1 } }))).toBe('contact_role');
    expect(shown(renderWith())).toBe('');
  });

  it('leaves out a question that an answer on an earlier page hides', () => {
    const definition = definitionOf(pageOf('first', [single('a')]), pageOf('second', [single('b', { condition: equals('a', 1) }), single('c')]));
    expect(renderWith({ definition, pageId: 'second', answers: { a: 1 } })).toContain('name="b"');
    expect(renderWith({ definition, pageId: 'second', answers: { a: 2 } })).not.toContain('name="b"');
  });

  it('lists the questions an answer revealed when the page comes back without JavaScript', () => {
    const page = renderWith({ answers: { one: 1 }, newQuestions: ['contact_role'] });
    const notice = page.slice(page.indexOf('data-new-questions'), page.indexOf('<form'));
    expect(notice).toContain('<a href="#q-contact_role">Hva jobber kontaktpersonen med?</a>');
    expect(notice).toContain('Du har fått flere spørsmål');
  });

  it('puts "Neste" before "Tilbake", so Enter in a field never goes back', () => {
    const buttons = tagsNamed(renderWith({ canGoBack: true, progress: { pageNumber: 2, pageCount: 3 } }), 'button').map((tag) => tag.attributes.value);
    expect(buttons).toEqual(['next', 'back', 'save']);
  });

  it('offers "Send inn" on the last page, and leaves out what is not available', () => {
    const page = renderWith({ progress: { pageNumber: 2, pageCount: 2 }, canGoBack: false, resumeAvailable: false, language: 'en' });
    expect(innerTexts(page, 'button')).toEqual(['Submit']);
    expect(innerTexts(page, 'p')).toContain('When you press “Submit”, you are done. After that you cannot change your answers.');
  });

  it.each<[Language, string[]]>([
    ['nb', ['Neste', 'Tilbake', 'Lagre og fortsett senere']],
    ['nn', ['Neste', 'Tilbake', 'Lagre og hald fram seinare']],
    ['en', ['Next', 'Back', 'Save and continue later']],
  ])('names the buttons in %s', (language, names) => {
    expect(innerTexts(renderWith({ language, canGoBack: true }), 'button')).toEqual(names);
  });

  it('tells how far the respondent has come in words and with a progress bar', () => {
    const page = renderWith({ progress: { pageNumber: 2, pageCount: 5 }, language: 'en' });
    expect(innerTexts(page, 'p')).toContain('Page 2 of 5');
    expect(tagsNamed(page, 'progress')[0].attributes).toEqual({ class: 'progress', max: '5', value: '2', 'aria-labelledby': 'progress-text' });
  });

  it('offers the study\'s other languages, each named in itself', () => {
    const page = renderWith({ language: 'en', languageHref: (language) => `/s/abc123?lang=${language}` });
    const links = tagsNamed(page, 'a').filter((tag) => tag.attributes.hreflang);
    expect(links.map((tag) => tag.attributes)).toEqual([
      { href: '/s/abc123?lang=nb', hreflang: 'nb', lang: 'nb' },
      { href: '/s/abc123?lang=nn', hreflang: 'nn', lang: 'nn' },
    ]);
    expect(page).toContain('<nav class="language-switch" aria-label="Choose language">');
    expect(innerTexts(page, 'a').filter((text) => ['Bokmål', 'Nynorsk'].includes(text))).toHaveLength(2);
    expect(innerTexts(page, 'span')).toContain('English');
  });

  it('has no language switch when the study has one language', () => {
    expect(renderWith({ languages: ['nb'] })).not.toContain('language-switch');
  });

  it('does not show the questions the link answers', () => {
    const page = renderWith({ skipVariables: ['municipality'], municipalities: undefined });
    expect(page).not.toContain('name="municipality"');
  });

  it('sends the token, the page and nothing from the answers in hidden fields', () => {
    const hidden = tagsNamed(renderWith({ answers: { one: 1, age: 30 } }), 'input').filter((tag) => tag.attributes.type === 'hidden');
    expect(hidden.map((tag) => [tag.attributes.name, tag.attributes.value])).toEqual([
      ['_csrf', 'csrf-token'],
      ['_page', 'every_type'],
      ['_shown', 'contact_role'],
    ]);
  });
});
