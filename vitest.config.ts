import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The JSON report lets .ci/run print "N passed, N failed" for every run of `npm test`.
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    // CI runs with CI=true; Ink then draws only the last frame. The TUI tests render into fake
    // terminals and must see every frame, as a learner's terminal does.
    env: { CI: 'false', CONTINUOUS_INTEGRATION: 'false' },
  },
});
