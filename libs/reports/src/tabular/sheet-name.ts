const FORBIDDEN = /[[\]:*?/\\]/;

/** Excel refuses a workbook whose sheet name is empty, longer than 31 characters or has []:*?/\. */
export function assertValidSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new RangeError(`Invalid sheet name ${JSON.stringify(name)}: 1–31 characters, none of []:*?/\\, no leading or trailing apostrophe`);
  }
}
