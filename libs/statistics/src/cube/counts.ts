/** Throws unless the value is a count: a whole number, zero or more. */
export function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a whole number of 0 or more, got ${value}`);
  }
}
