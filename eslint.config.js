// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

/** Sinks that would let untrusted text (LIS answers, stored records, user input) run as HTML or script. */
const injectionSinks = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render untrusted text as text: no innerHTML/outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render untrusted text as text: no insertAdjacentHTML.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', '.tmp/', 'dist/', 'dist-demo/', 'test-results/', 'src/locales/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...injectionSinks],
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'lit/directives/unsafe-html.js', message: 'Render untrusted text as text.' },
          { name: 'lit/directives/unsafe-svg.js', message: 'Render untrusted text as text.' },
        ],
      }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', 'demo/lis-simulator/**', 'test/support/**', 'bench/**', 'scripts/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
);
