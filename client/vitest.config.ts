import solid from "vite-plugin-solid";
import { defineConfig } from "vitest/config";

// Separate from vite.config.ts so tests do not run the PWA plugin.
export default defineConfig({
  plugins: [solid()],
  resolve: {
    conditions: ["development", "browser"],
  },
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "node",
  },
});
