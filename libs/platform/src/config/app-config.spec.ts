import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configVariableNames, ConfigurationError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives working local defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/stemme');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.http.port).toBe(3000);
    expect(config.bootstrapAdmin).toBeUndefined();
  });

  it('reads typed values from the environment', () => {
    const config = loadConfig({ PORT: '8080', COOKIE_SECURE: 'true', ADMIN_EMAIL: 'Admin@Example.no', ADMIN_PASSWORD: 'long-enough-password' });
    expect(config.http.port).toBe(8080);
    expect(config.auth.cookieSecure).toBe(true);
    expect(config.bootstrapAdmin).toEqual({ email: 'admin@example.no', password: 'long-enough-password' });
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', COOKIE_SECURE: 'perhaps' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/DATABASE_URL must be a postgres:\/\/ URL/);
    expect(message).toMatch(/COOKIE_SECURE must be true or false, got "perhaps"/);
    expect(message).not.toMatch(/REDIS_URL/);
  });

  it('refuses an admin e-mail without a password', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.no' })).toThrow(/ADMIN_EMAIL and ADMIN_PASSWORD must be set together/);
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync(path.join(__dirname, '../../../../.env.example'), 'utf8');
    const documented = example.split('\n').filter((line) => /^[A-Z_]+=/.test(line)).map((line) => line.split('=')[0]);
    expect(documented.sort()).toEqual(configVariableNames().sort());
  });
});
