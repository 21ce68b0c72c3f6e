import {DASHBOARD_MAX_FPS} from '../../app/render.js';
import {renderThemed} from '../../app/shared/render-themed.js';
import {holdWrites, takeOverScreen} from '../../app/terminal-screen.js';
import type {ThemeName} from '../../theme/palettes.js';
import type {CheckReport} from '../types.js';
import {CheckApp} from './check-app.js';

export interface CheckDashboardStreams {
	readonly stdout: NodeJS.WriteStream;
	readonly stdin: NodeJS.ReadStream;
	readonly stderr: NodeJS.WriteStream;
}

/** The colour theme: the one to draw in first, and the terminal's answer if it may come later (source/theme/). */
interface CheckDashboardTheme {
	readonly now: ThemeName;
	readonly later?: Promise<ThemeName | undefined>;
}

/** Shows the report full-screen until q (or Ctrl-C, or the terminal going away); the screen is restored on every path. */
export async function renderCheckDashboard(
	report: CheckReport,
	streams: CheckDashboardStreams,
	theme: CheckDashboardTheme = {now: 'dark'},
): Promise<void> {
	const restoreScreen = takeOverScreen(streams.stdout);
	const releaseStderr = holdWrites(streams.stderr);
	try {
		const view = renderThemed((_theme, color) => <CheckApp report={report} color={color} />, theme, {
			...streams,
			exitOnCtrlC: false,
			patchConsole: true,
			maxFps: DASHBOARD_MAX_FPS,
		});
		const gone = () => view.instance.unmount();
		streams.stdin.once('end', gone);
		try {
			await view.instance.waitUntilExit();
		} finally {
			view.close();
			streams.stdin.off('end', gone);
		}
	} finally {
		restoreScreen();
		releaseStderr();
	}
}
