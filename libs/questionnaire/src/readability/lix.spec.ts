import { lix } from './lix';

describe('lix', () => {
  it('divides words by sentences and adds the share of long words', () => {
    // 6 words, 2 sentences, 0 long words: 6/2 + 0 = 3
    expect(lix('Jeg fikk hjelp. Det var bra.')).toEqual({ score: 3, words: 6, sentences: 2, longWords: [] });
  });

  it('counts words of more than six letters as long', () => {
    // 5 words, 1 sentence, 2 long (Kommunen 8, boligsituasjonen 16): 5/1 + 100 × 2/5 = 45
    expect(lix('Kommunen hjalp meg med boligsituasjonen.')).toEqual({ score: 45, words: 5, sentences: 1, longWords: ['Kommunen', 'boligsituasjonen'] });
  });

  it('does not count a word of exactly six letters as long', () => {
    // 2 words (hjelpe 6, hjelpen 7), 1 sentence, 1 long: 2 + 50 = 52
    expect(lix('hjelpe hjelpen')).toMatchObject({ score: 52, longWords: ['hjelpen'] });
  });

  it('counts æ, ø and å as letters', () => {
    // 5 words, 1 sentence, 2 long (blåbærsyltetøy 14, brødskiva 9; spiste has 6): 5 + 40 = 45
    expect(lix('Vi spiste blåbærsyltetøy på brødskiva.')).toEqual({ score: 45, words: 5, sentences: 1, longWords: ['blåbærsyltetøy', 'brødskiva'] });
  });

  it('counts numbers as words that are never long', () => {
    // 8 words (45 and 2 included), 1 sentence, 0 long: 8
    expect(lix('Jeg er 45 år og har 2 barn.')).toMatchObject({ score: 8, words: 8, sentences: 1 });
    // "2,5" is one word and its comma no break: 4 words, 1 sentence
    expect(lix('Det tok 2,5 uker.')).toMatchObject({ words: 4, sentences: 1 });
    // 3 words, 1 sentence; 12345678 has no letters
    expect(lix('Ring 12345678 nå.')).toMatchObject({ score: 3, longWords: [] });
  });

  it('does not end a sentence at the point of an abbreviation', () => {
    // 10 words (Du kan f.eks ringe oss | Vi svarer innen kl 12), 2 sentences, 0 long: 10/2 = 5
    expect(lix('Du kan f.eks. ringe oss. Vi svarer innen kl. 12.')).toEqual({ score: 5, words: 10, sentences: 2, longWords: [] });
  });

  it('ends sentences at question marks, exclamation marks, colons and runs of points', () => {
    // 3 | 2 | 4 | 2 | 1 words = 12, sentences ? ! : ... and the unfinished last one = 5: 12/5 = 2.4
    expect(lix('Hva synes du? Svar ærlig!? Velg en av disse: ja, nei... Takk')).toMatchObject({ score: 2.4, words: 12, sentences: 5 });
  });

  it('counts a text without an end mark as one sentence', () => {
    expect(lix('Hvor lett var det å få hjelp')).toEqual({ score: 7, words: 7, sentences: 1, longWords: [] });
  });

  it('keeps hyphenated words together', () => {
    // 4 words, 1 sentence, 1 long (KoRus-rapporten has 14 letters): 4 + 25 = 29
    expect(lix('KoRus-rapporten kom i dag.')).toMatchObject({ score: 29, words: 4, longWords: ['KoRus-rapporten'] });
  });

  it('lists a long word each time it occurs', () => {
    expect(lix('Kommunen og kommunen.').longWords).toEqual(['Kommunen', 'kommunen']);
  });

  it('gives zero for a text without words', () => {
    expect(lix('')).toEqual({ score: 0, words: 0, sentences: 0, longWords: [] });
    expect(lix(' ... ?')).toEqual({ score: 0, words: 0, sentences: 0, longWords: [] });
  });
});
