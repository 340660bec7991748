import { BadInputError, NotFoundError } from '@stemme/platform';
import { answerFieldsByVariable, type QuestionnaireDefinition } from '@stemme/questionnaire';
import type { EntityManager } from 'typeorm';
import type { CubeRepository } from '../cube/cube.repository';
import { buildGroupTable, type Geography, type GroupTable } from './group-table';

/**
 * What the statistics API and the exports both read results with, so that an export shows
 * exactly what the API shows: the register's geography, the protected group table of a snapshot
 * of the cube, and the choice of questionnaire for a variable.
 */

/** The part of the register that results need (RegisterService has it). */
export interface GeographySource {
  listMunicipalities(): Promise<readonly { code: string; countyCode: string; name: string }[]>;
  listCounties(): Promise<readonly { code: string; name: string }[]>;
}

/** The register's geography, read once (it changes only with a migration); a failed read is tried again next time. */
export class RegisterGeography {
  private loaded: Promise<Geography> | null = null;

  constructor(private readonly register: GeographySource) {}

  get(): Promise<Geography> {
    this.loaded ??= this.load();
    this.loaded.catch(() => (this.loaded = null));
    return this.loaded;
  }

  private async load(): Promise<Geography> {
    const [municipalities, counties] = await Promise.all([this.register.listMunicipalities(), this.register.listCounties()]);
    return {
      countyOf: new Map(municipalities.map((municipality) => [municipality.code, municipality.countyCode])),
      municipalityName: new Map(municipalities.map((municipality) => [municipality.code, municipality.name])),
      countyName: new Map(counties.map((county) => [county.code, county.name])),
    };
  }
}

/** A study's disclosure settings, as the study row has them. */
export interface StudyDisclosure {
  disclosureThreshold: number;
  reportingMinimum: number;
  ageBands: readonly unknown[];
}

/** The group table of these versions in the cube snapshot `manager` reads, protected with the study's settings. */
export async function protectedGroupTable(
  cube: Pick<CubeRepository, 'groupSizes'>,
  manager: EntityManager,
  study: StudyDisclosure,
  versionIds: readonly string[],
  geography: Geography,
): Promise<GroupTable> {
  return buildGroupTable(
    await cube.groupSizes(manager, versionIds),
    geography,
    { threshold: study.disclosureThreshold, reportingMinimum: study.reportingMinimum },
    study.ageBands.length,
  );
}

/** The one questionnaire among `candidates` (published versions each) that asks all the variables. */
export function questionnaireAsking<Q extends { versions: readonly { definition: QuestionnaireDefinition }[] }>(candidates: readonly Q[], variables: readonly string[]): Q {
  const asking = candidates.filter((candidate) =>
    variables.every((variable) => candidate.versions.some((version) => answerFieldsByVariable(version.definition).has(variable))),
  );
  if (asking.length === 0) throw new NotFoundError(`No published questionnaire of this study asks ${variables.join(' and ')}`);
  if (asking.length > 1) throw new BadInputError('Two questionnaires of this study ask this: say which with questionnaire=<id>');
  return asking[0];
}
