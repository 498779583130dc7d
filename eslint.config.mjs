import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Configuration is read once, in lib/env.ts.
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through lib/env.ts.',
        },
      ],
    },
  },
  {
    // Build tooling, tests, the env module and Next's runtime switch read the environment directly.
    files: ['lib/env.ts', 'instrumentation.ts', 'tests/**', 'scripts/**', '*.config.*'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Playwright fixtures receive a `use` callback, which is not React's hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    ignores: ['.next/**', '.next-*/**', 'data/**', 'media/**', 'node_modules/**', 'payload-types.ts', 'app/(payload)/admin/importMap.js', 'migrations/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'],
  },
]

export default config
