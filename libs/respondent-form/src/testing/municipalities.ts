/** The 357 municipalities of 2024 from the register's seed file: a real-sized list for tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MunicipalityOption } from '../render/question-parts';

const SEED = resolve(__dirname, '../../../../migrations/seed/register/kommuner-2024.csv');

export function municipalities2024(): MunicipalityOption[] {
  const [header, ...rows] = readFileSync(SEED, 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    const cell = (name: string) => cells[columns.indexOf(name)];
    return { code: cell('kommunenummer'), name: cell('navn'), countyName: cell('fylkesnavn') };
  });
}
