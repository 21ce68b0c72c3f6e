import {Console} from 'node:console';

// The dashboard tests render Ink in-process, as on a person's terminal. Ink reads CI once, at
// import, and in CI draws only the last frame; the product neutralises that when it loads the
// dashboard (source/app/boot/load-dashboard.ts, tested end to end with CI=true in test/e2e/ci-env.test.ts),
// but these tests import Ink directly. CI itself sets CI=true, so clear it before any import.
for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) {
	if (process.env[name] !== undefined) process.env[name] = 'false';
}

// Ink's patchConsole builds a console.Console; vitest's console replacement lacks the constructor.
(console as {Console?: typeof Console}).Console ??= Console;
