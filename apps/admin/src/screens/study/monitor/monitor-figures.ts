/** The monitor's figures arranged for the chart and the tables: plain functions over the API's answer. */
import type { MonitorPlace, StudyMonitor } from '../../../api/monitor';

export interface DayCount {
  date: string;
  responses: number;
}

/** Every day from the first to the last response, days without responses as 0. */
export function everyDay(days: readonly DayCount[]): DayCount[] {
  if (days.length === 0) return [];
  const counts = new Map(days.map((day) => [day.date, day.responses]));
  const result: DayCount[] = [];
  const last = Date.parse(`${days[days.length - 1].date}T00:00:00Z`);
  for (let at = Date.parse(`${days[0].date}T00:00:00Z`); at <= last; at += 86_400_000) {
    const date = new Date(at).toISOString().slice(0, 10);
    result.push({ date, responses: counts.get(date) ?? 0 });
  }
  return result;
}

export interface CountyCount {
  countyCode: string | null;
  responses: number;
  places: MonitorPlace[];
}

/** Responses per county, in code order, unknown places last. */
export function perCounty(monitor: StudyMonitor): CountyCount[] {
  const counties = new Map<string | null, CountyCount>();
  for (const place of monitor.municipalities) {
    const county = counties.get(place.countyCode) ?? { countyCode: place.countyCode, responses: 0, places: [] };
    county.responses += place.responses;
    county.places.push(place);
    counties.set(place.countyCode, county);
  }
  const key = (county: CountyCount) => county.countyCode ?? '~';
  return [...counties.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
