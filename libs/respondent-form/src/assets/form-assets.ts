/**
 * The stylesheet and the script, for the HTTP layer to serve at `cssUrl` and `scriptUrl`. After
 * `npm run build` both lie beside this file in dist (scripts/build-form-script.js puts them
 * there); from source, the script is bundled on first use. Read once and kept.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildFormScript } from '../browser/build-form-script';

export interface FormAssets {
  css: string;
  script: string;
  /** Short content hashes, for file names that can be cached for ever (`form.3f9a2c1d.css`). */
  cssVersion: string;
  scriptVersion: string;
}

export const FORM_CSS_FILE = resolve(__dirname, 'form.css');
export const FORM_SCRIPT_FILE = resolve(__dirname, 'form.js');

let loading: Promise<FormAssets> | undefined;

export function loadFormAssets(): Promise<FormAssets> {
  loading ??= readAssets().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function readAssets(): Promise<FormAssets> {
  const css = await readFile(FORM_CSS_FILE, 'utf8');
  const script = existsSync(FORM_SCRIPT_FILE) ? await readFile(FORM_SCRIPT_FILE, 'utf8') : await bundleFromSource();
  return { css, script, cssVersion: shortHash(css), scriptVersion: shortHash(script) };
}

async function bundleFromSource(): Promise<string> {
  try {
    return await buildFormScript();
  } catch (error) {
    throw new Error(`The respondent form's script is not built (${FORM_SCRIPT_FILE}); run "npm run build"`, { cause: error });
  }
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
