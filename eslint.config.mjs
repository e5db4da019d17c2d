// Typed ESLint with zero warnings, plus the layering guard: lib/ and catalogue/ run in the browser
// too, so they may not import astro:*, node:* or (at runtime) zod. Cf. Shiki's no-restricted-imports.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'bench-results/',
      'coverage/',
      'tools/ps-harness/bin/',
      'tools/ps-harness/obj/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['src/lib/**/*.ts', 'src/catalogue/**/*.ts'],
    ignores: ['src/catalogue/schema.ts', 'src/catalogue/**/schema.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro:*', 'node:*'],
              message: 'lib/ and catalogue/ run in the browser too; pass data in instead.',
            },
            {
              group: ['zod', 'astro/zod'],
              allowTypeImports: true,
              message: 'Validate in catalogue/schema.ts; import types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Benchmarks run functions inside the page through Playwright's evaluate().
    files: ['bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.astro'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { destructuredArrayIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  prettier,
);
