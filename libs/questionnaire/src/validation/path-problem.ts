/** A problem found in a document, located by a JSON path such as `$.pages[1].questions[3].variable`. */
export interface PathProblem<Code extends string = string> {
  path: string;
  code: Code;
  message: string;
}

export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}
