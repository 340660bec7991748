import { korusDemoQuestionnaire as demo } from '@stemme/questionnaire';
import { definitionOf, equals, pageOf, single } from '../testing/definitions';
import { firstPageId, pageNavigation, visiblePages } from './page-navigation';

const ids = (pages: { id: string }[]) => pages.map((page) => page.id);

describe('navigating the demo questionnaire', () => {
  it('shows six pages to someone who has not stayed in a hospital or clinic', () => {
    expect(ids(visiblePages(demo, {}))).toEqual(['services', 'access', 'involvement', 'help', 'daily_life', 'about_you']);
    expect(ids(visiblePages(demo, { q04_admitted: 2 }))).toHaveLength(6);
  });

  it('adds the page about the stay when the answer on page 1 says yes', () => {
    expect(ids(visiblePages(demo, { q04_admitted: 1 }))).toEqual(['services', 'access', 'involvement', 'help', 'after_stay', 'daily_life', 'about_you']);
  });

  it('counts only the pages shown for "Side 2 av 5"', () => {
    expect(pageNavigation(demo, {}, 'help')).toMatchObject({ pageNumber: 4, pageCount: 6, previousPageId: 'involvement', nextPageId: 'daily_life' });
    expect(pageNavigation(demo, { q04_admitted: 1 }, 'help')).toMatchObject({ pageNumber: 4, pageCount: 7, nextPageId: 'after_stay' });
    expect(pageNavigation(demo, { q04_admitted: 1 }, 'daily_life')).toMatchObject({ pageNumber: 6, pageCount: 7, previousPageId: 'after_stay' });
  });

  it('knows the first and the last page', () => {
    expect(firstPageId(demo, {})).toBe('services');
    expect(pageNavigation(demo, {}, 'services')).toMatchObject({ isFirstPage: true, isLastPage: false, previousPageId: undefined, pageNumber: 1 });
    expect(pageNavigation(demo, {}, 'about_you')).toMatchObject({ isFirstPage: false, isLastPage: true, nextPageId: undefined, pageNumber: 6 });
  });

  it('still places a page the answers have just hidden, and leads on from it in order', () => {
    expect(pageNavigation(demo, { q04_admitted: 2 }, 'after_stay')).toMatchObject({ pageNumber: 5, pageCount: 7, previousPageId: 'help', nextPageId: 'daily_life' });
  });

  it('refuses a page the questionnaire does not have', () => {
    expect(() => pageNavigation(demo, {}, 'nowhere')).toThrow('no page "nowhere"');
  });
});

describe('pages with nothing to ask', () => {
  const definition = definitionOf(
    pageOf('where', [{ type: 'municipality', variable: 'municipality', text: { nb: 'Kommune?' } }]),
    pageOf('first', [single('a')]),
    pageOf('follow_up', [single('b', { condition: equals('a', 1) })]),
    pageOf('last', [single('c')]),
  );

  it('leaves out a page whose only question the link already answers', () => {
    const pages = visiblePages(definition, { municipality: '0301', a: 1 }, { skipVariables: ['municipality'] });
    expect(ids(pages)).toEqual(['first', 'follow_up', 'last']);
    expect(pageNavigation(definition, { municipality: '0301' }, 'first', { skipVariables: ['municipality'] })).toMatchObject({ pageNumber: 1, pageCount: 2, isFirstPage: true });
  });

  it('leaves out a page whose questions are all hidden, though the page has no condition', () => {
    expect(ids(visiblePages(definition, { a: 2 }))).toEqual(['where', 'first', 'last']);
    expect(pageNavigation(definition, { a: 2 }, 'first').nextPageId).toBe('last');
  });
});
