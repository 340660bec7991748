/**
 * Bundles the enhancement script for the browser: one IIFE, ES2017, minified. Needs esbuild, a
 * development dependency, so it runs at build time (scripts/build-form-script.js) and in tests;
 * a production server reads the prebuilt file through `loadFormAssets`.
 */
import { relative, resolve } from 'node:path';

export const FORM_SCRIPT_ENTRY = resolve(__dirname, 'form-enhance.ts');

export interface FormScriptBundle {
  code: string;
  /** Every source file in the bundle, relative to the working directory. */
  inputs: string[];
}

export async function bundleFormScript(entry: string = FORM_SCRIPT_ENTRY): Promise<FormScriptBundle> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2017',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs).map((input) => relative(process.cwd(), resolve(input))) };
}

export async function buildFormScript(entry: string = FORM_SCRIPT_ENTRY): Promise<string> {
  return (await bundleFormScript(entry)).code;
}
