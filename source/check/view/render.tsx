import chalk from 'chalk';
import {render} from 'ink';
import {DASHBOARD_MAX_FPS} from '../../app/render.js';
import {noColorRequested} from '../../app/shared/theme.js';
import {holdWrites, takeOverScreen} from '../../app/terminal-screen.js';
import type {CheckReport} from '../types.js';
import {CheckApp} from './check-app.js';

export interface CheckDashboardStreams {
	readonly stdout: NodeJS.WriteStream;
	readonly stdin: NodeJS.ReadStream;
	readonly stderr: NodeJS.WriteStream;
}

/** Shows the report full-screen until q (or Ctrl-C, or the terminal going away); the screen is restored on every path. */
export async function renderCheckDashboard(report: CheckReport, streams: CheckDashboardStreams): Promise<void> {
	const color = !noColorRequested();
	const chalkLevel = chalk.level;
	if (!color) chalk.level = 0;
	const restoreScreen = takeOverScreen(streams.stdout);
	const releaseStderr = holdWrites(streams.stderr);
	try {
		const instance = render(<CheckApp report={report} color={color} />, {
			stdout: streams.stdout,
			stdin: streams.stdin,
			stderr: streams.stderr,
			exitOnCtrlC: false,
			patchConsole: true,
			maxFps: DASHBOARD_MAX_FPS,
		});
		const gone = () => instance.unmount();
		streams.stdin.once('end', gone);
		try {
			await instance.waitUntilExit();
		} finally {
			streams.stdin.off('end', gone);
		}
	} finally {
		restoreScreen();
		releaseStderr();
		chalk.level = chalkLevel;
	}
}
