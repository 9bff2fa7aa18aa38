import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**',
      'guides-output/**', '.emulator-data/**'],
  },
  {
    // The portal never imports the emulator: it must not know it is talking to one.
    files: ['app/**', 'components/**', 'lib/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/emulator/**', '@/emulator/**'], message: 'The portal must not import the emulator.' },
      ] }],
    },
  },
  {
    // The emulator is an independent reading of Graph's contract: it imports nothing from the portal.
    files: ['emulator/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@/*', '**/lib/**', '**/components/**', '**/app/**'], message: 'The emulator imports nothing from the portal.' },
      ] }],
    },
  },
];

export default config;
