import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // Process and LSP tests spawn the bundled CLI and server; give them room on a 2-core machine.
        testTimeout: 30_000,
        hookTimeout: 60_000
    }
});
