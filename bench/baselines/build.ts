/**
 * Builds the Ink baselines into bench/out/: bundled and minified the way scripts/build.mjs
 * bundles dl-tutor, plus an unbundled hello-world that resolves node_modules at run time.
 */
import { build, type BuildOptions } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where the built baselines go. */
export const OUT = here('../out/');

// As scripts/build.mjs: with splitting, Ink's devtools (and react-devtools-core) stay in a
// chunk that is loaded only when DEV=true.
const bundled: BuildOptions = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  minify: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"', 'process.env.DEV': '"false"' },
  external: ['react-devtools-core'],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
};

/** Builds every baseline; returns the paths of the programs to run. */
export async function buildBaselines() {
  const paths = {
    helloBundled: `${OUT}hello/hello-ink.js`,
    helloUnbundled: `${OUT}hello-ink-unbundled.mjs`,
    echoBundled: `${OUT}echo/echo-ink.js`,
  };

  rmSync(OUT, { recursive: true, force: true });
  await Promise.all([
    build({ ...bundled, entryPoints: [here('hello-ink.tsx')], outdir: `${OUT}hello` }),
    build({ ...bundled, entryPoints: [here('echo-ink.tsx')], outdir: `${OUT}echo` }),
    build({
      entryPoints: [here('hello-ink.tsx')],
      outfile: paths.helloUnbundled,
      format: 'esm',
      platform: 'node',
      jsx: 'automatic',
      logLevel: 'warning',
    }),
  ]);

  return paths;
}
