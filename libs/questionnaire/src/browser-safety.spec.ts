import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Every file `browser.ts` reaches, following relative imports. */
function reachableFiles(entry: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(entry)) return seen;
  const imports = [...readFileSync(entry, 'utf8').matchAll(/(?:import|export)[^'"]*from\s+'([^']+)'/g)].map((match) => match[1]);
  seen.set(entry, imports);
  for (const specifier of imports.filter((candidate) => candidate.startsWith('.'))) reachableFiles(resolve(dirname(entry), `${specifier}.ts`), seen);
  return seen;
}

describe('the browser entry point', () => {
  const files = reachableFiles(resolve(__dirname, 'browser.ts'));

  it('reaches only our own files: no Node modules and no packages such as ajv', () => {
    const packages = [...files.values()].flat().filter((specifier) => !specifier.startsWith('.'));
    expect(packages).toEqual([]);
  });

  it('includes the condition evaluator, the answer checks and the content hash', () => {
    const names = [...files.keys()].map((file) => file.slice(__dirname.length + 1));
    expect(names).toEqual(expect.arrayContaining(['conditions/evaluate-condition.ts', 'answers/validate-answers.ts', 'hash/content-hash.ts']));
  });
});
