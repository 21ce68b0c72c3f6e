import wrapAnsi from 'wrap-ansi';
import type {ScenarioController} from '../scenario/types.js';
import {App} from './app.js';
import type {ThemeName} from '../theme/palettes.js';
import {renderThemed} from './shared/render-themed.js';
import {diffFrames} from './boot/frame-diff.js';
import {holdWrites, takeOverScreen} from './terminal-screen.js';
import type {ScreenSecrets} from './shared/screen-secrets.js';

export interface DashboardStreams {
	readonly stdout?: NodeJS.WriteStream;
	readonly stdin?: NodeJS.ReadStream;
	readonly stderr?: NodeJS.WriteStream;
}

export interface DashboardOptions extends DashboardStreams {
	/**
	 * Called once the first frame is on the screen (and Ink listens for keys): the moment to begin
	 * the slow start-up work, so that it never delays that frame.
	 */
	readonly onFirstFrame?: () => void;
	/** Ctrl-C was pressed (the run then quits, tearing down first, as for q). */
	readonly onInterrupt?: () => void;
	/** Under NO_COLOR, draw the QR code for a light background at first (i flips it). */
	readonly lightBackground?: boolean;
	/** The colour theme (source/theme/). */
	readonly theme?: ThemeName;
	/** The theme the terminal's background asks for, once it has answered: frames after that are drawn in it. */
	readonly themeLater?: Promise<ThemeName | undefined>;
	/** Told which lines of each frame are secret (a recording leaves them out: source/record/). */
	readonly screenSecrets?: ScreenSecrets;
	/**
	 * Ink's console patch (default on): off where several dashboards share the process (serve --ssh),
	 * since each would restore the console the others patched.
	 */
	readonly patchConsole?: boolean;
	/** False for an attendee of serve --ssh, who cannot pass flags: no screen offers one. */
	readonly commandLine?: boolean;
}

/**
 * Frames per second Ink may draw at most. Ink holds a frame back until 1000/maxFps ms after the
 * last one; at its default of 30 a key pressed just after a spinner or countdown frame waited up
 * to 33 ms for its answer. Frames are drawn only when something changed, so a higher cap costs
 * nothing while idle. (Ink 6.8's incrementalRendering would rewrite only changed lines, but it
 * redraws a frame that ends in a newline — every frame here — one row too low.)
 */
export const DASHBOARD_MAX_FPS = 250;

/**
 * Breaks `text` into lines of at most `columns` cells, between words (a word longer than a line is
 * cut), as the dashboard's closing summary is written to the normal screen: left to the terminal,
 * an 80-column window cut it in the middle of a word. Ink's own wrapping library, already loaded.
 */
export function wrapToWidth(text: string, columns: number): string {
	return wrapAnsi(text, columns, {hard: true, trim: true});
}

/**
 * Runs the full-screen dashboard for `controller`. Resolves once the scenario has reached 'exiting'
 * (teardown done) and the app has unmounted; the terminal is restored on every path.
 */
export async function renderDashboard(controller: ScenarioController, options: DashboardOptions = {}): Promise<void> {
	const stdout = options.stdout ?? process.stdout;
	const stderr = options.stderr ?? process.stderr;
	const stdin = options.stdin ?? process.stdin;
	const restoreScreen = takeOverScreen(stdout);
	const releaseStderr = holdWrites(stderr);
	const releaseFrames = diffFrames(stdout);
	// A terminal that goes away (an SSH session drops, tmux is killed) ends its input. When a shell in
	// between traps SIGHUP, no signal reaches us, and an idle screen writes nothing that could fail:
	// the end of input is then the only news of the hang-up, and the run must still tear down.
	const onTerminalGone = () => controller.dispatch({type: 'quitRequested'});
	stdin.once('end', onTerminalGone);
	try {
		const view = renderThemed(
			(theme, color) => (
				<App
					controller={controller}
					color={color}
					onInterrupt={options.onInterrupt}
					lightBackground={options.lightBackground}
					theme={theme}
					screenSecrets={options.screenSecrets}
					commandLine={options.commandLine}
				/>
			),
			{now: options.theme, later: options.themeLater},
			{
				stdout,
				stdin,
				stderr,
				exitOnCtrlC: false,
				patchConsole: options.patchConsole ?? true,
				maxFps: DASHBOARD_MAX_FPS,
			},
		);
		// The first frame was written during render(); Ink's effects (raw mode, key listener) run next.
		if (options.onFirstFrame) setImmediate(options.onFirstFrame);
		try {
			await view.instance.waitUntilExit();
		} catch (error) {
			// The view crashed: the scenario still tears down what it created.
			controller.dispatch({type: 'quitRequested'});
			throw error;
		} finally {
			view.close();
		}
	} finally {
		stdin.off('end', onTerminalGone);
		releaseFrames();
		restoreScreen();
		releaseStderr();
	}
}
