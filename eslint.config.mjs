// ESLint (flat config). `npm run lint` runs it; `npm test` and CI run it before the tests.
// Syntax-only rules (no type information) keep it fast on CI's two cores: `npm run typecheck`
// already runs the type checker separately.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import nextPlugin from '@next/eslint-plugin-next';

export default defineConfig([
  globalIgnores(['src/generated/**', '.next/**', 'node_modules/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  tseslint.configs.recommended,
  // The React rules (hooks and the React Compiler's) for the app's code. Tests are not React:
  // Playwright fixtures call `use`, and the integration setup's helpers register vitest hooks.
  { files: ['src/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  { files: ['src/**/*.{ts,tsx}'], ...nextPlugin.configs['core-web-vitals'] },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // TypeScript already reports undefined names, and knows Node's and the browser's globals.
      'no-undef': 'off',
      // A few of ESLint's own recommended rules (@eslint/js is not a dependency).
      'no-debugger': 'error',
      'no-dupe-else-if': 'error',
      'no-duplicate-case': 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
      'no-fallthrough': 'error',
      'no-self-assign': 'error',
      'no-unreachable': 'error',
      'no-unsafe-finally': 'error',
      'no-useless-catch': 'error',
      'prefer-const': 'error',
    },
  },
  {
    // Links prefetch on intent, through the one AppLink (decision 029).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/components/ui/app-link.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: "Use AppLink from '@/components/ui/app-link' (it prefetches on intent)." }] }] },
  },
  {
    // Tests read JSON answers loosely (`Record<string, any>`) and let the assertions check their shape.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
]);
