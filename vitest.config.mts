import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Three suites, each in the environment it needs:
//  - emulator: drives the Graph + sign-in emulator over HTTP (each file starts its own instance);
//  - graph: the portal's lib/ code against a real emulator started once by the global setup;
//  - ui: client components in jsdom, by role and label.
export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'emulator',
          environment: 'node',
          include: ['emulator/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'lib',
          environment: 'node',
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
          globalSetup: ['./tests/emulator-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['components/**/*.test.tsx'],
          // A dialog story types, waits for focus and closes; on a busy 2-core machine that outlasts the default 5 s.
          testTimeout: 15_000,
          setupFiles: ['./tests/ui-setup.ts'],
        },
      },
    ],
  },
});
