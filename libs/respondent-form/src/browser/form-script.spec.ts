import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { bundleFormScript } from './build-form-script';

const CORE = resolve(__dirname, '../../../questionnaire/src');

/** The core's browser-safe files: everything its browser entry reaches. */
function browserSafeCoreFiles(entry = resolve(CORE, 'browser.ts'), seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const [, specifier] of readFileSync(entry, 'utf8').matchAll(/(?:import|export)[^'"]*from\s+'(\.[^']+)'/g)) browserSafeCoreFiles(resolve(dirname(entry), `${specifier}.ts`), seen);
  return seen;
}

describe('the enhancement script', () => {
  let bundle: Awaited<ReturnType<typeof bundleFormScript>>;
  beforeAll(async () => {
    bundle = await bundleFormScript();
  });

  it('is one small file', () => {
    expect(Buffer.byteLength(bundle.code)).toBeLessThan(10 * 1024);
    expect(bundle.code.startsWith('"use strict";(()=>{')).toBe(true);
  });

  it('uses no eval or generated code, so it runs under script-src \'self\'', () => {
    expect(bundle.code).not.toMatch(/\beval\(|new Function|Function\(|setTimeout\("|innerHTML/);
  });

  it('runs in an ES2017 browser: no Unicode property escapes or lookbehind in its patterns', () => {
    expect(bundle.code).not.toMatch(/\\p\{|\(\?<[=!]/);
  });

  it('takes from the questionnaire core only files its browser entry offers, and no packages', () => {
    const safe = new Set([...browserSafeCoreFiles()].map((file) => relative(process.cwd(), file)));
    const core = bundle.inputs.filter((input) => input.startsWith(relative(process.cwd(), CORE)));
    expect(core.length).toBeGreaterThan(0);
    expect(core.filter((input) => !safe.has(input))).toEqual([]);
    expect(bundle.inputs.filter((input) => input.includes('node_modules'))).toEqual([]);
  });

  it('evaluates conditions with the core\'s own evaluator', () => {
    expect(bundle.inputs).toContain(relative(process.cwd(), resolve(CORE, 'conditions/evaluate-condition.ts')));
  });
});
