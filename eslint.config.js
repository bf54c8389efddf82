import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way (STYLE.md): domain and contract import nothing of ours but each other; mocks use
// them; lib uses contract only; components and features use lib and contract; app wires it all. The
// UI never imports the rules module or the mock, and a feature never imports another feature: what two
// features share lives in components/, lib/ or config/ (README, "Where code goes").
const layers = (...groups) =>
  groups.map((group) => ({
    group: [group, `${group}/**`],
    message: `This layer may not import ${group} (see STYLE.md).`,
  }));
const forbid = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
// Calls to the API are made in api/ folders only (README, "Where code goes"): a component asks an
// endpoint file's query options or mutation hook, never the client itself.
const callsOnlyInApi = {
  group: ['@/lib/api-client', '@/lib/demo-client'],
  importNames: ['armFetch', 'armFetchAll', 'demoFetch'],
  message:
    'Call the API from an api/ folder: the feature’s own, or src/lib/api when features share it.',
};

const FEATURES = readdirSync(`${import.meta.dirname}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const ownFeatureOnly = (feature) => [
  {
    regex: `^@/features/(?!${feature}/)`,
    message: `A feature does not import another feature's insides: move what both need to components/, lib/ or config/.`,
  },
  {
    // A relative path climbing out of a folder would slip past the layer rules above.
    regex: '^\\.\\./',
    message: 'Import through the @/ alias, so the layer rules can see where the import goes.',
  },
];

const NAMED_FLUENT_IMPORTS = {
  selector: 'ImportNamespaceSpecifier[parent.source.value=/^@fluentui/]',
  message: 'Named Fluent imports only.',
};

// A call on zod's namespace, or a chain of up to three calls on it, other than z.lazy and z.config.
const EAGER_SCHEMA =
  "CallExpression:matches([callee.object.name='z'], [callee.object.callee.object.name='z'], [callee.object.callee.object.callee.object.name='z']):not([callee.object.name='z'][callee.property.name=/^(lazy|config)$/])";

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
      'no-restricted-syntax': ['error', NAMED_FLUENT_IMPORTS],
    },
  },
  {
    // A schema built when its module loads costs every page load its construction: zod builds each
    // node eagerly (about 60 ms of the mock's evaluation on this machine before they were deferred,
    // docs/performance.md). Module-level schemas are `z.lazy(() => ...)`, built on first parse.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        NAMED_FLUENT_IMPORTS,
        {
          selector: ['Program >', 'Program > ExportNamedDeclaration >']
            .map((parent) => `${parent} VariableDeclaration > VariableDeclarator > ${EAGER_SCHEMA}`)
            .join(', '),
          message: 'Build a module-level schema on first use: z.lazy(() => ...).',
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: forbid(
      ...layers('@/lib', '@/components', '@/features', '@/app', '@/mocks', 'react', 'msw'),
    ),
  },
  {
    files: ['src/contract/**'],
    rules: forbid(
      ...layers(
        '@/lib',
        '@/components',
        '@/features',
        '@/app',
        '@/mocks',
        '@/domain',
        'react',
        'msw',
      ),
    ),
  },
  {
    files: ['src/mocks/**'],
    rules: forbid(...layers('@/lib', '@/components', '@/features', '@/app', 'react')),
  },
  {
    // The package's command: the mock's HTTP server and the built portal's static server, in Node.
    files: ['src/server/**'],
    rules: forbid(...layers('@/lib', '@/components', '@/features', '@/app', 'react')),
  },
  {
    files: ['src/lib/**'],
    rules: forbid(...layers('@/components', '@/features', '@/app', '@/mocks', '@/domain')),
  },
  {
    files: ['src/components/**'],
    rules: forbid(...layers('@/features', '@/app', '@/mocks', '@/domain'), callsOnlyInApi),
  },
  ...FEATURES.flatMap((feature) => {
    const rules = [...layers('@/app', '@/mocks', '@/domain'), ...ownFeatureOnly(feature)];
    const api = `src/features/${feature}/api/**`;
    return [
      { files: [api], rules: forbid(...rules) },
      {
        files: [`src/features/${feature}/**`],
        ignores: [api],
        rules: forbid(...rules, callsOnlyInApi),
      },
    ];
  }),
  { files: ['src/app/**'], rules: forbid(...layers('@/domain')) },
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
