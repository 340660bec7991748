import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The municipality register: the 15 counties and 357 municipalities valid from 2024, how older
 * codes lead to them, and SSB's population by municipality, age and sex. The data is read from
 * the CSV files in seed/register (their sources and licences are in SOURCES.md there). This
 * migration keeps its own reader so that later code changes can never change what it loads.
 */
const SEED_DIR = path.join(__dirname, 'seed', 'register');

/** Rows per INSERT: each batch sends one array per column, so a batch is one round trip. */
const BATCH_SIZE = 20_000;

type CsvRow<H extends readonly string[]> = Record<H[number], string>;

/**
 * Reads a plain CSV file: a header line and comma-separated values without quoting. The files are
 * known to contain no quotes; a quote, a wrong header or a wrong field count stops the migration.
 */
function readCsv<const H extends readonly string[]>(file: string, header: H): CsvRow<H>[] {
  const text = readFileSync(path.join(SEED_DIR, file), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  const [first, ...rest] = lines;
  if (first !== header.join(',')) throw new Error(`${file}: expected the header "${header.join(',')}", found "${first}"`);
  return rest.map((line, index) => {
    const where = `${file} line ${index + 2}`;
    if (line.includes('"')) throw new Error(`${where}: quoted values are not supported`);
    const fields = line.split(',');
    if (fields.length !== header.length) throw new Error(`${where}: expected ${header.length} fields, found ${fields.length}`);
    return Object.fromEntries(header.map((name, i) => [name, fields[i]])) as CsvRow<H>;
  });
}

function expectMatch(value: string, pattern: RegExp, where: string): string {
  if (!pattern.test(value)) throw new Error(`${where}: "${value}" does not match ${pattern}`);
  return value;
}

function toInteger(value: string, where: string): number {
  return Number(expectMatch(value, /^\d+$/, where));
}

interface ColumnSpec {
  name: string;
  /** The PostgreSQL type of the column, used to cast the parameter array. */
  type: string;
}

/** Inserts rows in batches, one parameterised INSERT … SELECT FROM unnest(arrays) per batch. */
async function insertRows(runner: QueryRunner, table: string, columns: ColumnSpec[], rows: unknown[][]): Promise<void> {
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  const arrays = columns.map((column, i) => `$${i + 1}::${column.type}[]`).join(', ');
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const parameters = columns.map((_, i) => batch.map((row) => row[i]));
    await runner.query(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`, parameters);
  }
}

const CODE_CHANGE_KINDS: [RegExp, string][] = [
  [/^uendret$/, 'unchanged'],
  [/^nytt nummer \(fylkesdeling\)$/, 'renumbered'],
  [/^delt: /, 'split'],
];

const HISTORY_CHANGE_KINDS: Record<string, string> = { nytt_nummer: 'renumbered', sammenslaaing: 'merged', deling: 'split' };

function codeChangeKind(value: string, where: string): string {
  const match = CODE_CHANGE_KINDS.find(([pattern]) => pattern.test(value));
  if (!match) throw new Error(`${where}: unknown kind of change "${value}"`);
  return match[1];
}

function historyChangeKind(value: string, where: string): string {
  const kind = HISTORY_CHANGE_KINDS[value];
  if (!kind) throw new Error(`${where}: unknown kind of change "${value}"`);
  return kind;
}

export class MunicipalityRegister1764100000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await this.createTables(runner);
    await this.loadMunicipalities(runner);
    await this.loadCodeChanges(runner);
    await this.loadChangeHistory(runner);
    await this.loadPopulation(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE "population"');
    await runner.query('DROP TABLE "municipality_change_history"');
    await runner.query('DROP TABLE "municipality_code_change"');
    await runner.query('DROP TABLE "municipality"');
    await runner.query('DROP TABLE "county"');
  }

  private async createTables(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "county" (
        "code" character(2) NOT NULL,
        "name" text NOT NULL,
        CONSTRAINT "PK_county" PRIMARY KEY ("code"),
        CONSTRAINT "CHK_county_code" CHECK ("code" ~ '^[0-9]{2}$')
      )`);
    await runner.query(`
      CREATE TABLE "municipality" (
        "code" character(4) NOT NULL,
        "name" text NOT NULL,
        "sami_name" text,
        "county_code" character(2) NOT NULL,
        CONSTRAINT "PK_municipality" PRIMARY KEY ("code"),
        CONSTRAINT "CHK_municipality_code" CHECK ("code" ~ '^[0-9]{4}$' AND left("code", 2) = "county_code"),
        CONSTRAINT "FK_municipality_county" FOREIGN KEY ("county_code") REFERENCES "county" ("code") ON DELETE NO ACTION ON UPDATE NO ACTION
      )`);
    await runner.query('CREATE INDEX "IDX_municipality_county_code" ON "municipality" ("county_code")');

    // The 2023 → 2024 mapping: one row per pair, so a split has a row per part.
    await runner.query(`
      CREATE TABLE "municipality_code_change" (
        "old_code" character(4) NOT NULL,
        "old_name" text NOT NULL,
        "new_code" character(4) NOT NULL,
        "change_kind" text NOT NULL,
        CONSTRAINT "PK_municipality_code_change" PRIMARY KEY ("old_code", "new_code"),
        CONSTRAINT "CHK_municipality_code_change_kind" CHECK ("change_kind" IN ('unchanged', 'renumbered', 'split')),
        CONSTRAINT "FK_municipality_code_change_municipality" FOREIGN KEY ("new_code") REFERENCES "municipality" ("code") ON DELETE NO ACTION ON UPDATE NO ACTION
      )`);
    await runner.query('CREATE INDEX "IDX_municipality_code_change_new_code" ON "municipality_code_change" ("new_code")');

    // Every change 2017–2024, one step each. new_code may be a code that later changed again, so
    // it has no foreign key. fhi_share is FHI's crude share for splits, not a population share.
    await runner.query(`
      CREATE TABLE "municipality_change_history" (
        "old_code" character(4) NOT NULL,
        "change_date" date NOT NULL,
        "new_code" character(4) NOT NULL,
        "old_name" text NOT NULL,
        "new_name" text NOT NULL,
        "change_kind" text NOT NULL,
        "fhi_share" numeric(3,2),
        CONSTRAINT "PK_municipality_change_history" PRIMARY KEY ("old_code", "change_date", "new_code"),
        CONSTRAINT "CHK_municipality_change_history_kind" CHECK ("change_kind" IN ('renumbered', 'merged', 'split'))
      )`);

    // Population on 1 January; age 105 means 105 or older.
    await runner.query(`
      CREATE TABLE "population" (
        "year" smallint NOT NULL,
        "municipality_code" character(4) NOT NULL,
        "age" smallint NOT NULL,
        "men" integer NOT NULL,
        "women" integer NOT NULL,
        CONSTRAINT "PK_population" PRIMARY KEY ("year", "municipality_code", "age"),
        CONSTRAINT "CHK_population_age" CHECK ("age" BETWEEN 0 AND 105),
        CONSTRAINT "CHK_population_counts" CHECK ("men" >= 0 AND "women" >= 0),
        CONSTRAINT "FK_population_municipality" FOREIGN KEY ("municipality_code") REFERENCES "municipality" ("code") ON DELETE NO ACTION ON UPDATE NO ACTION
      )`);
    await runner.query('CREATE INDEX "IDX_population_municipality_code" ON "population" ("municipality_code")');
  }

  private async loadMunicipalities(runner: QueryRunner): Promise<void> {
    const file = 'kommuner-2024.csv';
    const rows = readCsv(file, ['kommunenummer', 'navn', 'fylkesnummer', 'fylkesnavn', 'navn_samisk']);
    const counties = new Map<string, string>();
    rows.forEach((row, index) => {
      const where = `${file} line ${index + 2}`;
      const code = expectMatch(row.fylkesnummer, /^\d{2}$/, where);
      const known = counties.get(code);
      if (known !== undefined && known !== row.fylkesnavn) throw new Error(`${where}: county ${code} is named both "${known}" and "${row.fylkesnavn}"`);
      counties.set(code, row.fylkesnavn);
    });
    await insertRows(runner, 'county', [{ name: 'code', type: 'character(2)' }, { name: 'name', type: 'text' }], [...counties]);
    await insertRows(
      runner,
      'municipality',
      [
        { name: 'code', type: 'character(4)' },
        { name: 'name', type: 'text' },
        { name: 'sami_name', type: 'text' },
        { name: 'county_code', type: 'character(2)' },
      ],
      rows.map((row, index) => [
        expectMatch(row.kommunenummer, /^\d{4}$/, `${file} line ${index + 2}`),
        row.navn,
        row.navn_samisk === '' ? null : row.navn_samisk,
        row.fylkesnummer,
      ]),
    );
  }

  private async loadCodeChanges(runner: QueryRunner): Promise<void> {
    const file = 'kommune-endringer-2024.csv';
    const rows = readCsv(file, ['kommunenummer_2023', 'navn_2023', 'kommunenummer_2024', 'navn_2024', 'endring']);
    await insertRows(
      runner,
      'municipality_code_change',
      [
        { name: 'old_code', type: 'character(4)' },
        { name: 'old_name', type: 'text' },
        { name: 'new_code', type: 'character(4)' },
        { name: 'change_kind', type: 'text' },
      ],
      rows.map((row, index) => {
        const where = `${file} line ${index + 2}`;
        return [
          expectMatch(row.kommunenummer_2023, /^\d{4}$/, where),
          row.navn_2023,
          expectMatch(row.kommunenummer_2024, /^\d{4}$/, where),
          codeChangeKind(row.endring, where),
        ];
      }),
    );
  }

  private async loadChangeHistory(runner: QueryRunner): Promise<void> {
    const file = 'kommune-endringer.csv';
    const rows = readCsv(file, ['endringsdato', 'kommunenummer_gammel', 'navn_gammel', 'kommunenummer_ny', 'navn_ny', 'endringstype', 'andel_fhi']);
    await insertRows(
      runner,
      'municipality_change_history',
      [
        { name: 'old_code', type: 'character(4)' },
        { name: 'change_date', type: 'date' },
        { name: 'new_code', type: 'character(4)' },
        { name: 'old_name', type: 'text' },
        { name: 'new_name', type: 'text' },
        { name: 'change_kind', type: 'text' },
        { name: 'fhi_share', type: 'numeric' },
      ],
      rows.map((row, index) => {
        const where = `${file} line ${index + 2}`;
        return [
          expectMatch(row.kommunenummer_gammel, /^\d{4}$/, where),
          expectMatch(row.endringsdato, /^\d{4}-\d{2}-\d{2}$/, where),
          expectMatch(row.kommunenummer_ny, /^\d{4}$/, where),
          row.navn_gammel,
          row.navn_ny,
          historyChangeKind(row.endringstype, where),
          row.andel_fhi === '' ? null : expectMatch(row.andel_fhi, /^[01](\.\d{1,2})?$/, where),
        ];
      }),
    );
  }

  private async loadPopulation(runner: QueryRunner): Promise<void> {
    const file = 'befolkning-kommune-alder-kjonn-2024-2026.csv';
    const rows = readCsv(file, ['aar', 'kommunenummer', 'alder', 'menn', 'kvinner', 'i_alt']);
    await insertRows(
      runner,
      'population',
      [
        { name: 'year', type: 'smallint' },
        { name: 'municipality_code', type: 'character(4)' },
        { name: 'age', type: 'smallint' },
        { name: 'men', type: 'integer' },
        { name: 'women', type: 'integer' },
      ],
      rows.map((row, index) => {
        const where = `${file} line ${index + 2}`;
        const men = toInteger(row.menn, where);
        const women = toInteger(row.kvinner, where);
        if (men + women !== toInteger(row.i_alt, where)) throw new Error(`${where}: men + women is not the total`);
        return [toInteger(row.aar, where), expectMatch(row.kommunenummer, /^\d{4}$/, where), toInteger(row.alder, where), men, women];
      }),
    );
  }
}
