import { defineConfig } from 'vitest/config';
import shared from './vitest.config.js';

/** The pure tests alone (tests/unit), without the Neo4j the other folders need: seconds, not minutes. */
export default defineConfig({
  resolve: shared.resolve,
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
});
