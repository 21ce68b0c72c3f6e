import chalk from 'chalk';
import {render} from 'ink';
import {DASHBOARD_MAX_FPS} from '../../app/render.js';
import {noColorRequested, ThemeContext, themeOf} from '../../app/shared/theme.js';
import {holdWrites, takeOverScreen} from '../../app/terminal-screen.js';
import type {ThemeName} from '../../theme/palettes.js';
import {redrawOnAnswer} from '../../theme/resolve.js';
import type {CheckReport} from '../types.js';
import {CheckApp} from './check-app.js';

export interface CheckDashboardStreams {
	readonly stdout: NodeJS.WriteStream;
	readonly stdin: NodeJS.ReadStream;
	readonly stderr: NodeJS.WriteStream;
}

/** The colour theme: the one to draw in first, and the terminal's answer if it may come later (source/theme/). */
export interface CheckDashboardTheme {
	readonly now: ThemeName;
	readonly later?: Promise<ThemeName | undefined>;
}

/** Shows the report full-screen until q (or Ctrl-C, or the terminal going away); the screen is restored on every path. */
export async function renderCheckDashboard(
	report: CheckReport,
	streams: CheckDashboardStreams,
	theme: CheckDashboardTheme = {now: 'dark'},
): Promise<void> {
	const color = !noColorRequested();
	const chalkLevel = chalk.level;
	if (!color) chalk.level = 0;
	const restoreScreen = takeOverScreen(streams.stdout);
	const releaseStderr = holdWrites(streams.stderr);
	try {
		const app = (name: ThemeName) => (
			<ThemeContext.Provider value={themeOf(color, name)}>
				<CheckApp report={report} color={color} />
			</ThemeContext.Provider>
		);
		const instance = render(app(theme.now), {
			stdout: streams.stdout,
			stdin: streams.stdin,
			stderr: streams.stderr,
			exitOnCtrlC: false,
			patchConsole: true,
			maxFps: DASHBOARD_MAX_FPS,
		});
		const gone = () => instance.unmount();
		streams.stdin.once('end', gone);
		const stopRedraw = redrawOnAnswer(theme.later, theme.now, (name) => instance.rerender(app(name)));
		try {
			await instance.waitUntilExit();
		} finally {
			stopRedraw();
			streams.stdin.off('end', gone);
		}
	} finally {
		restoreScreen();
		releaseStderr();
		chalk.level = chalkLevel;
	}
}
