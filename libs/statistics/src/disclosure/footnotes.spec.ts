import { disclosureFootnote, suppressionReasonText } from './footnotes';

describe('disclosureFootnote', () => {
  it('states the group rule in bokmål and English', () => {
    const footnote = disclosureFootnote();
    expect(footnote.nb).toContain('Grupper med færre enn 5 svar vises ikke.');
    expect(footnote.en).toContain('Groups with fewer than 5 responses are not shown.');
    expect(footnote.nb).toContain('andre tall skjult');
  });

  it('names the study threshold and the small-count rule when it applies', () => {
    const footnote = disclosureFootnote({ threshold: 10, suppressSmallCounts: true });
    expect(footnote.nb).toContain('Grupper med færre enn 10 svar vises ikke.');
    expect(footnote.nb).toContain('Svaralternativer som færre enn 10 har valgt, vises heller ikke.');
    expect(footnote.en).toContain('Answers chosen by fewer than 10 respondents are not shown either.');
  });
});

describe('suppressionReasonText', () => {
  it('labels each reason for a hidden figure', () => {
    expect(suppressionReasonText('below_threshold', 3)).toEqual({ nb: 'Færre enn 3 svar', en: 'Fewer than 3 responses' });
    expect(suppressionReasonText('complementary').en).toBe('Hidden to protect another hidden figure');
  });
});
