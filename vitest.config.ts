import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["{app,components,db,lib,scripts,i18n,messages}/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["lib/testing/nextCacheOutsideNext.ts"],
  },
});
