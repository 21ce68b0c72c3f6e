import {act} from 'react';
import {render} from 'ink-testing-library';
import {App} from '../../source/app/app.js';
import type {ScenarioState} from '../../source/scenario/types.js';
import {FakeController, eventually} from './fixtures.js';

const actEnvironment = globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean};

/** Runs `work` in act(), which flushes React's effects: a test types no faster than Ink subscribes. */
export async function inAct(work: () => Promise<void>): Promise<void> {
	// Only while typing: timers (countdowns) update outside act() the rest of the time, as in real use.
	actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
	try {
		await act(work);
	} finally {
		actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
	}
}

/** The App at a given size against a hand-driven controller. */
export function renderApp(state: ScenarioState, size: {columns: number; rows: number} = {columns: 80, rows: 24}) {
	const controller = new FakeController(state);
	const app = render(<App controller={controller} columns={size.columns} rows={size.rows} />);
	const frame = () => app.lastFrame() ?? '';
	return {
		controller,
		app,
		frame,
		/** Waits until the latest frame satisfies `check`. */
		async until(check: (frame: string) => boolean, timeoutMs = 10_000): Promise<string> {
			return eventually(() => {
				const current = frame();
				if (!check(current)) throw new Error(`frame never matched; last frame:\n${current}`);
				return current;
			}, timeoutMs);
		},
		/** Types `key` and lets React commit and run its effects, as happens between real keystrokes. */
		async press(key: string) {
			await inAct(async () => {
				app.stdin.write(key);
				// A lone Esc is held by Ink for one turn in case a sequence follows.
				await new Promise((resolve) => setImmediate(resolve));
			});
		},
	};
}
