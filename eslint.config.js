// ESLint (flat config): the recommended rules, plus a few that catch real mistakes in this
// code base, over web/ (browser code, the build's Node tools) and tests/ (Node, and functions
// that playwright runs in the page). `npm run lint:js`.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['dist/', 'build/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-eval': 'error',
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-constant-binary-expression': 'error',
      'no-self-compare': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
      'no-use-before-define': ['error', { functions: false, classes: false }],
      'object-shorthand': 'error',
      'prefer-template': 'off',
    },
  },
  {
    // The widget: browser and worker code, bundled by esbuild.
    files: ['web/src/**/*.js'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.worker, __VECTOR_WORKER_SCRIPT__: 'readonly' },
    },
  },
  {
    // Unit tests beside the widget's modules (node --test web/src/): Node.
    files: ['web/src/**/*.test.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Build and serve scripts, the test runner's files and the bench: Node. Tests also hand
    // functions to the page (page.evaluate, addInitScript), so browser globals are known too.
    files: ['web/tools/**/*.{js,mjs}', 'tests/**/*.{js,mjs}', 'eslint.config.js'],
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
  },
  {
    // The bench's baseline page: a module in the browser, bundled like the widget.
    files: ['tests/bench/baseline/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
];
