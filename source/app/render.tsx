import chalk from 'chalk';
import {render} from 'ink';
import type {ScenarioController} from '../scenario/types.js';
import {App} from './app.js';
import {noColorRequested} from './shared/theme.js';
import {holdWrites, takeOverScreen} from './terminal-screen.js';

export interface DashboardStreams {
	readonly stdout?: NodeJS.WriteStream;
	readonly stdin?: NodeJS.ReadStream;
	readonly stderr?: NodeJS.WriteStream;
}

/**
 * Runs the full-screen dashboard for `controller`. Resolves once the scenario has reached 'exiting'
 * (teardown done) and the app has unmounted; the terminal is restored on every path.
 */
export async function renderDashboard(controller: ScenarioController, options: DashboardStreams = {}): Promise<void> {
	const stdout = options.stdout ?? process.stdout;
	const stderr = options.stderr ?? process.stderr;
	const color = !noColorRequested();
	// Ink and ink-text-input colour through chalk, which ignores NO_COLOR; silence it at the source.
	const chalkLevel = chalk.level;
	if (!color) chalk.level = 0;
	const restoreScreen = takeOverScreen(stdout);
	const releaseStderr = holdWrites(stderr);
	try {
		const instance = render(<App controller={controller} color={color} />, {
			stdout,
			stdin: options.stdin ?? process.stdin,
			stderr,
			exitOnCtrlC: false,
			patchConsole: true,
		});
		try {
			await instance.waitUntilExit();
		} catch (error) {
			// The view crashed: the scenario still tears down what it created.
			controller.dispatch({type: 'quitRequested'});
			throw error;
		}
	} finally {
		restoreScreen();
		releaseStderr();
		chalk.level = chalkLevel;
	}
}
