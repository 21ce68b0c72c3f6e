import {EventEmitter} from 'node:events';
import type {LoadedDashboard} from '../app/boot/load-dashboard.js';
import {type AttendeeLimits, type AttendeeRun, startAttendeeRun} from './attendee.js';
import {ChannelTerminal, type ChannelLike} from './channel-terminal.js';

/** The warm-up's keys never hold the room's opening longer than this, whatever they have done by then. */
const WARM_UP_LIMIT_MS = 3_000;
/** Nor its end (a teardown with nothing to delete, its sandbox stopped): past this, the room opens beside it. */
const END_LIMIT_MS = 3_000;
/** Help toggles on each of the two screens: enough frames for V8 to compile the drawing's hot paths. */
const TOGGLES_PER_SCREEN = 16;

/** The warm-up run's channel: what its dashboard draws goes nowhere, and each write says a frame is out. */
class NoOneWatching extends EventEmitter implements ChannelLike {
	readonly writableLength = 0;
	#waiting: (() => void)[] = [];

	write(): boolean {
		for (const resolve of this.#waiting.splice(0)) resolve();
		return true;
	}

	/** Resolves at the next frame. */
	drawn(): Promise<void> {
		return new Promise((resolve) => this.#waiting.push(resolve));
	}

	/**
	 * Sends `key` as an attendee's client would, and resolves once the frame it brings is out and
	 * the effects that frame scheduled have run: the keys a screen hears are switched on by React's
	 * effects, after the frame is drawn, and a key sent before that would not be heard.
	 */
	async press(key: string): Promise<void> {
		const drawn = this.drawn();
		this.emit('data', Buffer.from(key));
		await drawn;
		await new Promise((resolve) => setImmediate(resolve));
	}

	destroy(): void {
		this.emit('close');
	}
}

export interface WarmUpOptions {
	/** How long the keys may take (default 3 s). */
	readonly limitMs?: number;
	/** Resolves when the server is asked to stop (Ctrl-C): the keys stop there, and the run ends. */
	readonly stopped?: Promise<unknown>;
}

/** The warm-up's run, and whether it had ended (torn down, its sandbox stopped) when warmUp returned. */
export interface WarmedUp {
	readonly run: AttendeeRun;
	readonly ended: boolean;
}

/**
 * One attendee's run that nobody watches, before the room opens: its own sandbox, the picker, the
 * help opened and closed, the scenario chosen (its check for an earlier run's leftovers is the first
 * signed call to the sandbox) and the help there too, then quit, creating nothing. V8 compiles a
 * function the first time it runs and optimises the ones that run often: without this, the first
 * attendee's first frames and keys paid for that (a key's frame took twice to three times the CPU
 * it takes later), and the code, shared by every run, was counted as the first attendee's memory.
 * Bounded: past `limitMs` (a loaded machine), or once `stopped` resolves, the keys stop and the run
 * is quit. Resolves once the run has ended, so the room opens (or the server exits) after it, not
 * during its teardown; an end that takes longer than END_LIMIT_MS is not waited for.
 */
export async function warmUp(
	dashboard: LoadedDashboard,
	limits: AttendeeLimits,
	{limitMs = WARM_UP_LIMIT_MS, stopped}: WarmUpOptions = {},
): Promise<WarmedUp> {
	const channel = new NoOneWatching();
	const terminal = new ChannelTerminal(channel, {cols: 100, rows: 30});
	const firstFrame = channel.drawn();
	const run = startAttendeeRun(terminal, dashboard, limits);
	let over = false;
	try {
		await firstOf(limitMs, [pressKeys(channel, run, firstFrame, () => over), ...(stopped ? [stopped] : [])]);
	} finally {
		over = true;
		run.quit();
	}
	const ended =
		(await firstOf(END_LIMIT_MS, [
			run.done.then(
				() => true,
				() => true,
			),
		])) === true;
	return {run, ended};
}

/** The picker's help toggled, Enter, the scenario's first screen and its help toggled: what every attendee draws first. */
async function pressKeys(
	channel: NoOneWatching,
	run: AttendeeRun,
	firstFrame: Promise<void>,
	over: () => boolean,
): Promise<void> {
	await firstFrame;
	await toggleHelp(channel, over);
	if (!over()) await channel.press('\r');
	// The scenario's first screen comes once its preflight has asked the sandbox who is calling.
	while (!over() && run.state().phase.kind === 'preflight') await channel.drawn();
	await toggleHelp(channel, over);
}

async function toggleHelp(channel: NoOneWatching, over: () => boolean): Promise<void> {
	for (let toggle = 0; toggle < TOGGLES_PER_SCREEN && !over(); toggle++) await channel.press('?');
}

/** Waits for the first of `events`, or `ms` at most (undefined then); the timer never outlives the wait. */
async function firstOf<T>(ms: number, events: readonly Promise<T>[]): Promise<T | undefined> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<undefined>((resolve) => {
		timer = setTimeout(() => resolve(undefined), ms);
	});
	try {
		return await Promise.race([timeout, ...events]);
	} finally {
		clearTimeout(timer);
	}
}
