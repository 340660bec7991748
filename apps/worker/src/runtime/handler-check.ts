/**
 * Every job of the catalogue needs exactly one handler, and every handler a job of the catalogue.
 * Returns the problems; the worker refuses to start while there are any.
 */
export function checkJobHandlers(catalogue: readonly string[], handlerNames: readonly string[]): string[] {
  const problems: string[] = [];
  for (const job of catalogue) {
    const count = handlerNames.filter((name) => name === job).length;
    if (count === 0) problems.push(`job "${job}" has no handler`);
    if (count > 1) problems.push(`job "${job}" has ${count} handlers`);
  }
  for (const name of new Set(handlerNames)) {
    if (!catalogue.includes(name)) problems.push(`handler for "${name}", which is not in the job catalogue`);
  }
  return problems;
}
