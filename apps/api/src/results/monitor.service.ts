import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@stemme/identity';
import { ForbiddenError } from '@stemme/platform';
import type { LocalizedText } from '@stemme/statistics';
import { StudiesService } from '../studies/studies.service';
import { ResultsContext } from './results-context';
import { freshnessOf, type Freshness } from './results.service';

export interface MonitorPlace {
  /** A municipality code; null for responses under a split code (county known) or from an unknown place. */
  municipalityCode: string | null;
  countyCode: string | null;
  label: LocalizedText;
  responses: number;
}

export interface StudyMonitor {
  studyId: string;
  responses: number;
  municipalities: MonitorPlace[];
  days: { date: string; responses: number }[];
  note: LocalizedText;
  freshness: Freshness;
}

/** Codes and ISO dates in code order ("~" after every digit: unknown places last). */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const MONITOR_NOTE: LocalizedText = {
  nb: 'Faktiske svartall for å følge datainnsamlingen. Tallene er ikke skjermet og skal ikke publiseres.',
  en: 'Actual response counts for following data collection. They are not protected and must not be published.',
};

/**
 * Responses per municipality and per day, for designers following data collection (response
 * rates, reminders). These are real counts, not disclosure-controlled: the people who run the
 * survey need them, and they say how many answered, never what anyone answered. Evaluators read
 * results only, so they get 403 here, as does anyone limited to one municipality.
 */
@Injectable()
export class MonitorService {
  constructor(
    private readonly studies: StudiesService,
    private readonly context: ResultsContext,
  ) {}

  async monitor(user: AuthenticatedUser, studyId: string): Promise<StudyMonitor> {
    await this.studies.getForChange(user, studyId);
    if (await this.context.scopeOf(user, studyId)) throw new ForbiddenError('Monitoring needs access to the whole study');
    const geography = await this.context.geography();
    const versionIds = await this.context.publishedVersionIds(studyId);
    const { generation, rows } = await this.context.cube.consistentRead(async (manager) => ({
      generation: await this.context.cube.generation(manager, studyId),
      rows: await this.context.cube.daySizes(manager, versionIds),
    }));

    const places = new Map<string, MonitorPlace>();
    const days = new Map<string, number>();
    for (const row of rows) {
      const key = `${row.municipalityCode ?? ''}|${row.countyCode ?? ''}`;
      let place = places.get(key);
      if (!place) {
        const county = row.countyCode ? (geography.countyName.get(row.countyCode) ?? row.countyCode) : '';
        const label: LocalizedText = row.municipalityCode
          ? { nb: geography.municipalityName.get(row.municipalityCode) ?? row.municipalityCode, en: geography.municipalityName.get(row.municipalityCode) ?? row.municipalityCode }
          : row.countyCode
            ? { nb: `Kommunenummer som er delt, i ${county}`, en: `Municipality numbers that were split, in ${county}` }
            : { nb: 'Ukjent kommune', en: 'Unknown municipality' };
        places.set(key, (place = { municipalityCode: row.municipalityCode, countyCode: row.countyCode, label, responses: 0 }));
      }
      place.responses += row.n;
      days.set(row.submittedOn, (days.get(row.submittedOn) ?? 0) + row.n);
    }
    return {
      studyId,
      responses: rows.reduce((total, row) => total + row.n, 0),
      municipalities: [...places.values()].sort((a, b) => byCode(`${a.countyCode ?? '~'}${a.municipalityCode ?? '~'}`, `${b.countyCode ?? '~'}${b.municipalityCode ?? '~'}`)),
      days: [...days].sort(([a], [b]) => byCode(a, b)).map(([date, responses]) => ({ date, responses })),
      note: MONITOR_NOTE,
      freshness: freshnessOf(generation),
    };
  }
}
