import type { Language } from '@stemme/questionnaire';
import { definitionOf, everyTypeDefinition, pageOf, single } from '../testing/definitions';
import { parsePagePost } from './parse-page-post';

const parse = (body: Record<string, string | string[]>, language: Language = 'nb') => parsePagePost(everyTypeDefinition, 'every_type', body, { language });

describe('parsePagePost', () => {
  it('types every kind of answer', () => {
    const { answers, problems } = parse({
      one: '1',
      contact_role: ' Sosionom ',
      several: ['1', '3'],
      agree: '9',
      grid_a: '4',
      grid_b: '5',
      scale_long: '11',
      visits: '12',
      hours: '2,5',
      age: '23',
      born: '2002',
      municipality: '0301',
      since: '2024-05-01',
      comment: 'Fint.\r\nTakk.',
    });
    expect(problems).toEqual({});
    expect(answers).toEqual({
      one: 1,
      contact_role: 'Sosionom',
      several: [1, 3],
      agree: 9,
      grid_a: 4,
      grid_b: 5,
      scale_long: 11,
      visits: 12,
      hours: 2.5,
      age: 23,
      born: 2002,
      municipality: '0301',
      since: '2024-05-01',
      comment: 'Fint.\nTakk.',
    });
  });

  it('gives null for every field the body leaves out, such as checkboxes with none ticked', () => {
    const { answers } = parse({});
    expect(Object.keys(answers)).toHaveLength(14);
    expect(Object.values(answers).every((value) => value === null)).toBe(true);
  });

  it('reads only the fields of the posted page, never the form\'s own fields or other pages', () => {
    const { answers } = parse({ _csrf: 'token', _page: 'every_type', last_question: '1', one: '2' });
    expect(answers).not.toHaveProperty('_csrf');
    expect(answers).not.toHaveProperty('last_question');
    expect(answers.one).toBe(2);
  });

  it('does not read a question the link answers', () => {
    const { answers } = parsePagePost(everyTypeDefinition, 'every_type', { municipality: '9999' }, { skipVariables: ['municipality'] });
    expect(answers).not.toHaveProperty('municipality');
  });

  it.each<[Language, Record<string, string>]>([
    ['nb', { age: 'Skriv bare tall, for eksempel 25', hours: 'Skriv bare tall, for eksempel 2,5', born: 'Skriv året med fire tall, for eksempel 2001', since: 'Skriv datoen slik: 31.12.2024', one: 'Velg et av svarene i listen' }],
    ['nn', { age: 'Skriv berre tal, til dømes 25', hours: 'Skriv berre tal, til dømes 2,5', born: 'Skriv året med fire tal, til dømes 2001', since: 'Skriv datoen slik: 31.12.2024', one: 'Vel eit av svara i lista' }],
    ['en', { age: 'Use numbers only, for example 25', hours: 'Use numbers only, for example 2.5', born: 'Write the year with four numbers, for example 2001', since: 'Write the date like this: 31.12.2024', one: 'Choose one of the answers in the list' }],
  ])('says in %s what is wrong with text it cannot read', (language, messages) => {
    const post = parse({ age: 'tjue', hours: 'to', born: '02', since: 'i går', one: 'ja', visits: 'mange' }, language);
    expect(post.problems).toEqual({ ...messages, visits: messages.age });
    expect(post.answers.age).toBeNull();
    expect(post.rawText).toEqual({ age: 'tjue', hours: 'to', born: '02', since: 'i går', one: 'ja', visits: 'mange' });
  });

  it('reads which button was pressed, and takes "Neste" when none was (Enter in a field)', () => {
    expect(parse({ _action: 'back' }).action).toBe('back');
    expect(parse({ _action: 'submit' }).action).toBe('submit');
    expect(parse({ _action: 'delete_everything' }).action).toBe('next');
    expect(parse({}).action).toBe('next');
  });

  it('reads which live questions were on screen', () => {
    expect(parse({ _shown: 'contact_role  other ' }).shownQuestions).toEqual(['contact_role', 'other']);
    expect(parse({}).shownQuestions).toEqual([]);
  });

  it('never takes a value a plain object inherits', () => {
    const definition = definitionOf(pageOf('p', [single('constructor'), single('valueof')]));
    expect(parsePagePost(definition, 'p', {}).answers).toEqual({ constructor: null, valueof: null });
  });

  it('refuses a page the questionnaire does not have', () => {
    expect(() => parsePagePost(everyTypeDefinition, 'nowhere', {})).toThrow('no page "nowhere"');
  });
});
