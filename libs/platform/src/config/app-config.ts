import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidationError,
} from 'class-validator';

/**
 * The environment variables Stemme reads, with defaults for local development. This is the only
 * place that reads process.env; everything else injects AppConfig.
 */
class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  @Type(() => Number) @IsInt() @Min(1) @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @Matches(/^https?:\/\/[^\s/]+(:\d+)?(\/.*)?$/, { message: 'PUBLIC_URL must be an http(s) URL, e.g. http://localhost:3000' })
  PUBLIC_URL = 'http://localhost:3000';

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/stemme';

  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Matches(/^[a-z0-9:_-]+$/i, { message: 'QUEUE_PREFIX may hold letters, digits, ":", "_" and "-" only' })
  QUEUE_PREFIX = 'stemme';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Type(() => Number) @IsInt() @Min(1) @Max(24 * 30)
  SESSION_TTL_HOURS = 12;

  @Type(() => Boolean) @IsBoolean()
  COOKIE_SECURE = false;

  @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  LOGIN_MAX_ATTEMPTS = 5;

  @Type(() => Number) @IsInt() @Min(1) @Max(24 * 3600)
  LOGIN_WINDOW_SECONDS = 900;

  @IsOptional() @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL?: string;

  @IsOptional() @IsString() @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  ADMIN_PASSWORD?: string;

  @IsString()
  DATA_DIR = './data';

  @Type(() => Number) @IsInt() @Min(1) @Max(65535)
  WORKER_HEALTH_PORT = 3001;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

/** Typed configuration, read once at start-up. Inject it; never read process.env elsewhere. */
export abstract class AppConfig {
  abstract readonly nodeEnv: 'development' | 'production' | 'test';
  abstract readonly http: { port: number; host: string; publicUrl: string };
  abstract readonly database: { url: string };
  abstract readonly redis: { url: string; queuePrefix: string };
  abstract readonly logLevel: string;
  abstract readonly auth: {
    sessionTtlHours: number;
    cookieSecure: boolean;
    loginMaxAttempts: number;
    loginWindowSeconds: number;
  };
  abstract readonly bootstrapAdmin?: { email: string; password: string };
  abstract readonly dataDir: string;
  abstract readonly worker: { healthPort: number };
}

const BOOLEAN_STRINGS: Record<string, boolean> = { true: true, '1': true, yes: true, false: false, '0': false, no: false };

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
}

/** The names of every environment variable Stemme reads. */
export function configVariableNames(): string[] {
  return [...new Set([...Object.keys(new EnvironmentVariables()), 'ADMIN_EMAIL', 'ADMIN_PASSWORD'])];
}

/** Reads and validates configuration from an environment; throws ConfigurationError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of configVariableNames()) {
    const value = env[key];
    if (value === undefined || value === '') continue;
    if (key === 'COOKIE_SECURE') {
      if (!(value.toLowerCase() in BOOLEAN_STRINGS)) problems.push(`COOKIE_SECURE must be true or false, got "${value}"`);
      else raw[key] = BOOLEAN_STRINGS[value.toLowerCase()];
      continue;
    }
    raw[key] = value;
  }
  const vars = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  problems.push(...describe(validateSync(vars, { forbidUnknownValues: false })));
  if (Boolean(vars.ADMIN_EMAIL) !== Boolean(vars.ADMIN_PASSWORD)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (problems.length) throw new ConfigurationError(problems);

  return {
    nodeEnv: vars.NODE_ENV as AppConfig['nodeEnv'],
    http: { port: vars.PORT, host: vars.HOST, publicUrl: vars.PUBLIC_URL.replace(/\/$/, '') },
    database: { url: vars.DATABASE_URL },
    redis: { url: vars.REDIS_URL, queuePrefix: vars.QUEUE_PREFIX },
    logLevel: vars.LOG_LEVEL,
    auth: {
      sessionTtlHours: vars.SESSION_TTL_HOURS,
      cookieSecure: vars.COOKIE_SECURE,
      loginMaxAttempts: vars.LOGIN_MAX_ATTEMPTS,
      loginWindowSeconds: vars.LOGIN_WINDOW_SECONDS,
    },
    bootstrapAdmin: vars.ADMIN_EMAIL ? { email: vars.ADMIN_EMAIL.toLowerCase(), password: vars.ADMIN_PASSWORD! } : undefined,
    dataDir: vars.DATA_DIR,
    worker: { healthPort: vars.WORKER_HEALTH_PORT },
  };
}

/** Returns a copy of a configuration with some parts replaced (tests, CLI commands). */
export function withConfig(base: AppConfig, changes: Partial<{ [K in keyof AppConfig]: Partial<AppConfig[K]> }>): AppConfig {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    const current = (base as unknown as Record<string, unknown>)[key];
    merged[key] = current && typeof current === 'object' && value && typeof value === 'object' ? { ...current, ...value } : value;
  }
  return merged as unknown as AppConfig;
}
