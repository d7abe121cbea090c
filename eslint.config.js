// The pages' scripts (viz/static): plain browser scripts, no build step, no modules.
const js = require("@eslint/js");

const browser = {
  window: "readonly", document: "readonly", fetch: "readonly", URL: "readonly", Blob: "readonly",
  Promise: "readonly", Set: "readonly", localStorage: "readonly", history: "readonly",
  sessionStorage: "readonly", location: "readonly", URLSearchParams: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly", console: "readonly", vis: "readonly", navigator: "readonly",
};

module.exports = [
  js.configs.recommended,
  {
    files: ["viz/static/**/*.js"],
    languageOptions: { ecmaVersion: 2020, sourceType: "script", globals: browser },
    rules: {
      eqeqeq: "error",
      "no-implicit-globals": "error",
      "no-var": "off",
      strict: ["error", "function"],
      "no-unused-vars": ["error", { args: "after-used" }],
    },
  },
];
