import 'reflect-metadata';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IdentityModule } from '@stemme/identity';
import { AppConfig, BadInputError, ConfigModule, DatabaseModule, DomainError, loadConfig } from '@stemme/platform';
import { DataSource, MigrationExecutor } from 'typeorm';
import { StudiesPersistenceModule } from '@stemme/studies';
import { AggregationPersistenceModule } from '@stemme/aggregation';
import { RegisterModule } from '@stemme/register';
import { rebuildCube } from './aggregation/rebuild-cube.command';
import { seedResponses } from './aggregation/seed-responses.command';
import { seedDemo } from './demo/seed-demo.command';
import { createAdmin } from './users/create-admin.command';
import { UsersService } from './users/users.service';

/**
 * Operator commands without HTTP: `node dist/apps/api/src/cli.js <command> [--option value ...]`.
 * To add a command, write a handler and add it to `cliCommands`.
 */

/** The --name value options of a command line. */
export class CliOptions {
  constructor(
    private readonly command: string,
    private readonly values: Record<string, string>,
  ) {}

  required(name: string): string {
    const value = this.values[name];
    if (value === undefined) throw new BadInputError(`${this.command} needs --${name}`);
    return value;
  }

  optional(name: string): string | undefined {
    return this.values[name];
  }
}

export interface CliCommandContext {
  app: INestApplicationContext;
  options: CliOptions;
  print: (line: string) => void;
}

export interface CliCommand {
  usage: string;
  summary: string;
  run: (context: CliCommandContext) => Promise<void>;
}

async function migrate({ app, print }: CliCommandContext): Promise<void> {
  const ran = await app.get(DataSource).runMigrations({ transaction: 'each' });
  if (!ran.length) print('No pending migrations');
  for (const migration of ran) print(`Ran ${migration.name}`);
}

async function revertMigration({ app, print }: CliCommandContext): Promise<void> {
  const dataSource = app.get(DataSource);
  const executed = await new MigrationExecutor(dataSource).getExecutedMigrations();
  const [last] = [...executed].sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
  if (!last) return print('No migration to revert');
  await dataSource.undoLastMigration({ transaction: 'each' });
  print(`Reverted ${last.name}`);
}

export const cliCommands: Record<string, CliCommand> = {
  migrate: { usage: 'migrate', summary: 'run the pending migrations and name each', run: migrate },
  'migrate:revert': { usage: 'migrate:revert', summary: 'revert the last migration that ran', run: revertMigration },
  'create-admin': {
    usage: 'create-admin --email E --password P [--name N]',
    summary: 'create an admin, or make an existing account an enabled admin with this password',
    run: createAdmin,
  },
  'seed:demo': { usage: 'seed:demo', summary: 'create the demo study with its questionnaire published (once)', run: seedDemo },
  'seed:responses': {
    usage: 'seed:responses --study <id|demo> --count N [--seed S] [--if-empty true] [--streams 2]',
    summary: 'load N synthetic responses into a study (COPY), then rebuild its count cube',
    run: seedResponses,
  },
  'aggregation:rebuild': {
    usage: 'aggregation:rebuild --study <id>',
    summary: 'recount a study’s count cube from its responses, here and now',
    run: rebuildCube,
  },
};

/** The modules commands may use: configuration, the database, identity, studies, the register and the cube; no HTTP, no Redis. */
@Module({})
class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, IdentityModule, StudiesPersistenceModule, RegisterModule, AggregationPersistenceModule],
      providers: [UsersService],
    };
  }
}

function usage(): string {
  const lines = Object.values(cliCommands).map((command) => `  ${command.usage.padEnd(48)} ${command.summary}`);
  return ['Usage: node dist/apps/api/src/cli.js <command>', '', 'Commands:', ...lines].join('\n');
}

/** Reads `--name value` pairs; anything else is a mistake worth a clear message. */
export function parseOptions(command: string, args: string[]): CliOptions {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (!flag.startsWith('--') || flag.length < 3) throw new BadInputError(`Unexpected argument "${flag}": options are written --name value`);
    if (value === undefined || value.startsWith('--')) throw new BadInputError(`${flag} needs a value`);
    values[flag.slice(2)] = value;
  }
  return new CliOptions(command, values);
}

/** Runs one command line against a configuration and answers the exit code. */
export async function runCli(argv: string[], config: AppConfig, print = console.log, printError = console.error): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : cliCommands[name];
  if (!command) {
    printError(`${name === undefined ? 'No command given' : `Unknown command "${name}"`}\n\n${usage()}`);
    return 2;
  }
  let options: CliOptions;
  try {
    options = parseOptions(name, args);
  } catch (error) {
    printError(`${(error as Error).message}\n\nUsage: ${command.usage}`);
    return 2;
  }
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    await command.run({ app, options, print });
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    printError(error.message);
    return 1;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), loadConfig(process.env)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
