/** The builder preview's strings, [nb, en]; merged into i18n/dictionary.ts. */
export const previewTexts = {
  'preview.title': ['Forhåndsvisning', 'Preview'],
  'preview.about': [
    'Se skjemaet slik respondentene ser det, og prøv vilkårene ved å svare. Det du svarer her, lagres ikke.',
    'See the form as respondents see it, and try the conditions by answering. What you answer here is not stored.',
  ],
  'preview.open': ['Vis forhåndsvisning', 'Show preview'],
  'preview.close': ['Skjul forhåndsvisning', 'Hide preview'],
  'preview.language': ['Språk', 'Language'],
  'preview.page': ['Gå til side', 'Go to page'],
  'preview.pageOption': ['{n}. {title}', '{n}. {title}'],
  'preview.pageHidden': ['{n}. {title} (vises ikke med disse svarene)', '{n}. {title} (not shown with these answers)'],
  'preview.untitled': ['Side uten tittel', 'Untitled page'],
  'preview.position': ['Side {n} av {count}', 'Page {n} of {count}'],
  'preview.restart': ['Start på nytt', 'Start again'],
  'preview.frameTitle': ['Forhåndsvisning av skjemaet', 'Preview of the form'],
  'preview.savedVersion': ['Viser det som sist ble lagret.', 'Shows what was last saved.'],
  'preview.submitted': [
    'Her ville svaret blitt sendt inn. Ingenting er lagret, fordi dette er en forhåndsvisning.',
    'This is where the response would be sent. Nothing was stored, because this is a preview.',
  ],
  'preview.saveForLater': [
    '«Lagre og fortsett senere» gir respondenten en kode. I forhåndsvisningen lages ingen kode.',
    '“Save and continue later” gives the respondent a code. The preview makes no code.',
  ],
  'preview.resume': [
    'Respondenter som har fått en kode, skriver den inn her. Det kan du ikke prøve i forhåndsvisningen.',
    'Respondents who have a code type it in here. You cannot try that in the preview.',
  ],
  'preview.noPages': ['Skjemaet har ingen sider ennå. Legg til en side for å se forhåndsvisningen.', 'The form has no pages yet. Add a page to see the preview.'],
  'preview.cannotShow': [
    'Utkastet kan ikke vises ennå. Rett problemene som er listet øverst, så prøver forhåndsvisningen igjen ved neste lagring.',
    'The draft cannot be shown yet. Fix the problems listed at the top; the preview tries again at the next save.',
  ],
  'preview.failed': ['Forhåndsvisningen kunne ikke hentes.', 'The preview could not be loaded.'],
  'preview.retry': ['Prøv igjen', 'Try again'],
  'preview.loading': ['Henter forhåndsvisning …', 'Loading preview …'],
} as const satisfies Record<string, readonly [string, string]>;
