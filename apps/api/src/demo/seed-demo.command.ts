import { contentHash, DEFAULT_AGE_BANDS, korusDemoQuestionnaire } from '@stemme/questionnaire';
import { QuestionnairesRepository, StudiesRepository } from '@stemme/studies';
import { DataSource } from 'typeorm';
import type { CliCommandContext } from '../cli';
import { ensureDemoLinks } from '../distribution/demo-links';
import { publishProblems } from '../questionnaires/questionnaire-checks';

export const DEMO_STUDY_NAME = 'Demo: Brukerundersøkelsen om rus- og psykiske helsetjenester';
const DEMO_LANGUAGES = ['nb', 'en'] as const;

/**
 * The demo study: a KoRus-style national user survey with its questionnaire published, a
 * study-wide link and a link for each municipality of one county. Safe to run again: an existing
 * demo study is left as it is (it only gets its links if it has none).
 */
export async function seedDemo({ app, print }: CliCommandContext): Promise<void> {
  const [existing] = await app.get(DataSource).query(`SELECT id FROM "study" WHERE "name" = $1`, [DEMO_STUDY_NAME]);
  if (existing) {
    print(`The demo study is already there (${existing.id})`);
    const made = await ensureDemoLinks(app.get(DataSource), existing.id);
    if (made) print(`Made ${made} links for it: one study-wide, the rest for the municipalities of Vestland`);
    return;
  }
  const problems = publishProblems(korusDemoQuestionnaire, DEMO_LANGUAGES);
  if (problems.length) throw new Error(`The demo questionnaire cannot be published: ${JSON.stringify(problems)}`);

  const study = await app.get(StudiesRepository).create(
    {
      name: DEMO_STUDY_NAME,
      description: 'Et eksempel: hvordan opplever brukerne kommunale tjenester for rus og psykisk helse? Svarene er laget av en maskin.',
      disclosureThreshold: 5,
      reportingMinimum: 10,
      ageBands: DEFAULT_AGE_BANDS.map((band) => ({ ...band })),
      languages: [...DEMO_LANGUAGES],
      freeTextExport: false,
      unfinishedExpiryDays: 14,
      receiptHelp: {
        text: {
          nb: 'Har du det vanskelig nå? Du kan snakke med noen, hele døgnet, uten å si hvem du er.',
          en: 'Are things hard right now? You can talk to someone, day and night, without saying who you are.',
        },
        links: [
          { href: 'tel:116123', label: { nb: 'Mental Helse Hjelpetelefonen: 116 123', en: 'Mental Health helpline: 116 123' } },
          { href: 'tel:116117', label: { nb: 'Legevakt: 116 117', en: 'Out-of-hours doctor: 116 117' } },
        ],
      },
      createdBy: null,
    },
    false,
  );
  const questionnaires = app.get(QuestionnairesRepository);
  const { versions } = await questionnaires.createWithDraft(study.id, 'Brukerundersøkelsen 2026', korusDemoQuestionnaire, null);
  await questionnaires.withLockedVersion(versions[0].id, (version, manager) =>
    questionnaires.markPublished(manager, version!.id, contentHash(version!.definition)),
  );
  const links = await ensureDemoLinks(app.get(DataSource), study.id);
  print(`Created the demo study ${study.id} with its questionnaire published and ${links} links (study-wide, and for the municipalities of Vestland)`);
}
