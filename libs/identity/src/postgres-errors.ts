/** Whether an error is PostgreSQL refusing a row because of the named constraint. */
export function violatesConstraint(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  return (driverError?.code === '23505' || driverError?.code === '23503') && driverError.constraint === constraint;
}
