import { ForbiddenError } from '@stemme/platform';
import type { ExportKind, ExportOptions } from './export-kinds';

/** An evaluator's limit to one municipality; null for the whole study. */
export type ExportScope = { municipalityCode: string } | null;

/**
 * What someone limited to one municipality may export: the municipality report for that
 * municipality (its own report, or its pool's), which shows only it, its county and the nation,
 * as the statistics API lets them read. Nothing else:
 *
 * - the results workbook and the charts list every county and municipality;
 * - raw data is refused outright, even their municipality's own rows: one small municipality's
 *   responses with age band are the most identifying data there is, no disclosure control can be
 *   applied to single rows, and the limited grant is for reading protected results. Raw data goes
 *   to people with the whole study, under the study's data agreement.
 *
 * Checked when an export is asked for, and again when it is listed, read or downloaded (a grant
 * may have changed since).
 */
export function assertMayExport(scope: ExportScope, kind: ExportKind, options: ExportOptions): void {
  if (!scope) return;
  const refuse = (why: string): never => {
    throw new ForbiddenError(`You may export the municipality report for ${scope.municipalityCode} only: ${why}`);
  };
  if (kind !== 'municipality_reports') refuse(kind === 'raw_data' ? 'raw data needs access to the whole study' : `${kind} shows every county and municipality`);
  if (options.municipality === undefined) refuse(`add options.municipality = "${scope.municipalityCode}"`);
  if (options.municipality !== scope.municipalityCode) refuse(`municipality ${options.municipality} is another municipality`);
}

export function mayExport(scope: ExportScope, kind: ExportKind, options: ExportOptions): boolean {
  try {
    assertMayExport(scope, kind, options);
    return true;
  } catch {
    return false;
  }
}
