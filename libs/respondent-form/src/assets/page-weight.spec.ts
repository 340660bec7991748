import { answerFields, korusDemoQuestionnaire as demo, type Language } from '@stemme/questionnaire';
import { pageNavigation } from '../navigation/page-navigation';
import { renderWith } from '../testing/render-defaults';
import { loadFormAssets } from './form-assets';

const kilobytes = (text: string) => Buffer.byteLength(text, 'utf8') / 1024;

describe('the weight of a page', () => {
  it('keeps the heaviest demo page, with its stylesheet and script, well under 100 KB', async () => {
    const { css, script } = await loadFormAssets();
    const answers = { q04_admitted: 1, q20_contact_person: 1 };
    const problems = Object.fromEntries(answerFields(demo).map((field) => [field.variable, 'Velg ett svar']));
    const pages = demo.pages.flatMap((page) =>
      (['nb', 'en'] as Language[]).map((language) =>
        renderWith({ definition: demo, pageId: page.id, language, languages: ['nb', 'en'], answers, problems, progress: pageNavigation(demo, answers, page.id) }),
      ),
    );
    const heaviest = Math.max(...pages.map(kilobytes));
    expect(heaviest + kilobytes(css) + kilobytes(script)).toBeLessThan(60);
  });

  it('loads no fonts, images or other files: system fonts only', async () => {
    const { css } = await loadFormAssets();
    expect(css).not.toMatch(/@import|@font-face|url\(/i);
    expect(css).toMatch(/font-family: system-ui/);
  });

  it('names the assets by their content, for caching', async () => {
    const assets = await loadFormAssets();
    expect(assets.cssVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(assets.scriptVersion).not.toBe(assets.cssVersion);
    expect(await loadFormAssets()).toBe(assets);
  });
});
