import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {createdState, enableCodeState, eventually} from './fixtures.js';
import {renderApp} from './render-app.js';

afterEach(() => {
	cleanup();
});

/** Frames Ink wrote during `ms` (polled: the window is the measurement, not a wait for something). */
async function framesDuring(frames: string[], ms: number): Promise<string[]> {
	const before = frames.length;
	const end = Date.now() + ms;
	await eventually(() => {
		if (Date.now() < end) throw new Error('measuring');
	}, ms + 1000);
	return frames.slice(before);
}

describe('idle rendering', () => {
	it('draws nothing while idle with no countdown on screen', async () => {
		const view = renderApp(createdState({kind: 'ready', next: 'sessionWithoutMfa'}));
		expect(await framesDuring(view.app.frames, 1500)).toHaveLength(0);
	});

	it('redraws about once a second for the code countdown, changing only the countdown', async () => {
		const view = renderApp(enableCodeState(), {columns: 120, rows: 40});
		const first = view.frame();
		const frames = await framesDuring(view.app.frames, 2200);
		expect(frames.length).toBeGreaterThanOrEqual(1);
		expect(frames.length).toBeLessThanOrEqual(4);
		for (const frame of frames) {
			const changed = frame.split('\n').filter((line, index) => line !== first.split('\n')[index]);
			expect(changed.length).toBeLessThanOrEqual(1);
			for (const line of changed) expect(line).toMatch(/next code in/);
		}
	});
});
