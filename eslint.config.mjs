import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    // Reader pages use plain links on purpose: full page loads ship no router JavaScript.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    ignores: [".next/**", ".next-*/**", ".e2e-data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "data/**"],
  },
];

export default config;
