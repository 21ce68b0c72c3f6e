import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		environment: 'node',
		// Build dist/ once, before any test file runs the CLI; no test file rebuilds it mid-run.
		globalSetup: ['test/e2e/support/global-setup.ts'],
		setupFiles: ['test/support/interactive-terminal.ts'],
		testTimeout: 30_000,
		hookTimeout: 30_000,
		// The pseudo-terminal and process tests spawn real processes; two cores is the machine size.
		maxWorkers: 2,
	},
});
