import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way (STYLE.md): domain and contract import nothing of ours but each other; mocks use
// them; lib, components and features use contract only; app wires it all. The UI never imports the
// rules module or the mock.
const forbid = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: groups.map((group) => ({
        group: [group, `${group}/**`],
        message: `This layer may not import ${group} (see STYLE.md).`,
      })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      // Per-run build and report folders of parallel test runs (E2E_DIST, E2E_OUTPUT).
      'dist-*/**',
      // The package's build (npm run build:package).
      'pkg/**',
      'reports/**',
      'test-results*/**',
      'node_modules',
      'public/mockServiceWorker.js',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportNamespaceSpecifier[parent.source.value=/^@fluentui/]',
          message: 'Named Fluent imports only.',
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: forbid('@/lib', '@/components', '@/features', '@/app', '@/mocks', 'react', 'msw'),
  },
  {
    files: ['src/contract/**'],
    rules: forbid(
      '@/lib',
      '@/components',
      '@/features',
      '@/app',
      '@/mocks',
      '@/domain',
      'react',
      'msw',
    ),
  },
  {
    files: ['src/mocks/**'],
    rules: forbid('@/lib', '@/components', '@/features', '@/app', 'react'),
  },
  {
    // The package's command: the mock's HTTP server and the built portal's static server, in Node.
    files: ['src/server/**'],
    rules: forbid('@/lib', '@/components', '@/features', '@/app', 'react'),
  },
  {
    files: ['src/lib/**', 'src/components/**'],
    rules: forbid('@/features', '@/app', '@/mocks', '@/domain'),
  },
  { files: ['src/features/**'], rules: forbid('@/app', '@/mocks', '@/domain') },
  { files: ['src/app/**'], rules: forbid('@/domain') },
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    // Playwright fixtures take an (empty) destructured first argument by design.
    files: ['e2e/**'],
    rules: { 'no-empty-pattern': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // The kit is published on its own (azure-subscriptions-clone/playwright, compiled by
    // e2e/kit/tsconfig.build.json, whose rootDir refuses files outside the kit): it has no `@/` alias.
    files: ['e2e/kit/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/*', '@/**'],
              message:
                'The kit is published without the app: import its own files and its peers only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Our specs use the kit exactly as another repository's suite does.
    files: ['e2e/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['./kit', './kit/**'],
              message:
                "Import the kit as other suites do: from 'azure-subscriptions-clone/playwright'.",
            },
          ],
        },
      ],
    },
  },
);
