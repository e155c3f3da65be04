import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'models/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    // the layers import one way: a cycle means a concern is split in the wrong place
    files: ['src/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // runtime code never loads a model's training code (the NER tagger's train.ts and build.ts,
    // the stance model's train.ts): only the scripts/train-*.ts scripts and tests do
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/train.ts', 'src/**/build.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(ner|stance)/(train|build)\\.js$|^\\./(train|build)\\.js$',
              message: 'runtime code must not import a training file (train.ts, build.ts)',
            },
          ],
        },
      ],
    },
  },
  {
    // a file a reader has to scroll through is a file to split along its steps (tests excepted)
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }] },
  },
);
