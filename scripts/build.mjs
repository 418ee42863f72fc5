// Bundles the CLI into dist/ with esbuild. The engine is split into its own chunk and loaded
// lazily, so the first frame does not wait for mathjs.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  minify: true,
  legalComments: 'none',
  define: {
    'process.env.NODE_ENV': '"production"',
    'process.env.DEV': '"false"',
    // write-file-atomic (CommonJS) names its temporary files after __filename.
    __filename: '__dlFilename',
  },
  external: ['react-devtools-core'],
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __dlCreateRequire } from 'node:module';",
      'const require = __dlCreateRequire(import.meta.url);',
      "import { fileURLToPath as __dlFileURLToPath } from 'node:url';",
      'const __dlFilename = __dlFileURLToPath(import.meta.url);',
    ].join('\n'),
  },
  logLevel: 'warning',
});

// tsc and esbuild write 644; npx needs the bin executable.
chmodSync('dist/cli.js', 0o755);
