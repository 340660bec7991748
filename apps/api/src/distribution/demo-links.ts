import { LinksRepository, newLinkToken, type NewLink } from '@stemme/distribution';
import { DataSource } from 'typeorm';

/** The county whose municipalities get a link each in the demo: Vestland. */
export const DEMO_COUNTY = '46';
/** scripts/demo.ts finds the link to print by this label. */
export const DEMO_STUDY_WIDE_LABEL = 'Hele studien (demo)';

/**
 * The demo study's links: one study-wide, and one per municipality of Vestland, open from now for
 * a year. Made once: a study that has links already is left as it is. Answers how many it made.
 */
export async function ensureDemoLinks(dataSource: DataSource, studyId: string): Promise<number> {
  const [existing] = await dataSource.query(`SELECT 1 FROM "survey_link" WHERE "study_id" = $1 LIMIT 1`, [studyId]);
  if (existing) return 0;
  const [version] = await dataSource.query(
    `SELECT v."id" FROM "questionnaire_version" v JOIN "questionnaire" q ON q."id" = v."questionnaire_id"
     WHERE q."study_id" = $1 AND v."status" = 'published' ORDER BY v."published_at" LIMIT 1`,
    [studyId],
  );
  if (!version) return 0;
  const municipalities: { code: string; name: string }[] = await dataSource.query(`SELECT "code", "name" FROM "municipality" WHERE "county_code" = $1 ORDER BY "code"`, [DEMO_COUNTY]);
  const opensAt = new Date();
  const closesAt = new Date(opensAt.getTime() + 365 * 86_400_000);
  const link = (municipalityCode: string | null, label: string): NewLink => ({
    studyId,
    questionnaireVersionId: version.id,
    token: newLinkToken(),
    kind: municipalityCode === null ? 'study' : 'municipality',
    municipalityCode,
    label,
    opensAt,
    closesAt,
    responseCap: null,
    invitationOnly: false,
    createdBy: null,
  });
  const links = await new LinksRepository(dataSource).createMany([link(null, DEMO_STUDY_WIDE_LABEL), ...municipalities.map((m) => link(m.code, m.name))]);
  return links.length;
}
