import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		environment: 'node',
		// Build dist/ once, before any test file runs the CLI; no test file rebuilds it mid-run.
		globalSetup: ['test/e2e/support/global-setup.ts'],
		setupFiles: ['test/support/interactive-terminal.ts'],
		// Deadlines bound a hang, never what a test asserts: generous, for a loaded CI machine.
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// The pseudo-terminal and process tests spawn real processes; two cores is the machine size.
		maxWorkers: 2,
	},
});
