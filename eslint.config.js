// Lint: TypeScript + Svelte, and the import boundaries of DESIGN.md §2.
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';

const uiModules = ['svelte', 'svelte/*', 'd3', 'd3-*', '*.svelte', '**/widgets/**', '**/lib/charts/**'];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'playwright-report/',
      'test-results/',
      'bench/results*',
      'bench/.site/',
    ],
  },
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Simulation cores are pure: no DOM, no UI, and one seeded random source.
    files: ['src/sim/**/*.ts'],
    ignores: ['src/sim/runtime/worker.ts', 'src/sim/runtime/client.ts', 'src/sim/runtime/backend.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: uiModules, message: 'sim/** must not import UI code (DESIGN.md §2).' }] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use env.rng: runs must be seeded.' },
      ],
    },
  },
  {
    // Chart primitives import d3 only.
    files: ['src/lib/charts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        // Types of the figure contract (panels, rows) are data descriptions, not code: allowed.
        {
          patterns: [
            {
              group: ['svelte', 'svelte/*', '**/sim/**', '**/widgets/**', '@tensorflow/*'],
              message: 'lib/charts/** imports d3 only.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // The permalink codec is pure.
    files: ['src/lib/permalink/**/*.ts'],
    ignores: ['src/lib/permalink/urlSync.ts', 'src/lib/permalink/proseLinks.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: uiModules, message: 'lib/permalink/** is pure.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'history', 'location'],
    },
  },
  {
    // Widgets reach a core only through the Worker client (specs and schemas are plain data and allowed).
    files: ['src/widgets/**/*.{ts,svelte}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/sim/*/sim', '**/sim/*/model', '**/sim/*/data', '@tensorflow/*'],
              message: 'Widgets talk to sims through the Worker client.',
            },
          ],
        },
      ],
    },
  },
);
