import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The admin UI: a static single-page app that apps/api serves at / from apps/admin/dist. The
 * browser-safe questionnaire core is imported from libs/ through the alias below, never copied.
 */
export default defineConfig(({ command }) => ({
  root: here('.'),
  base: '/',
  publicDir: here('public'),
  resolve: {
    alias: { '@questionnaire': here('../../libs/questionnaire/src') },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: command !== 'build' } },
  // A build is always a production build, even when NODE_ENV says otherwise (jest sets "test").
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  // `npx vite --config apps/admin/vite.config.ts` while the API runs on port 3000.
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // One small app: a single script keeps the first load to one request and no inline code.
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
}));
