import {describe, expect, it} from 'vitest';
import {renderDashboard} from '../../source/app/render.js';
import {initialState} from '../../source/scenario/update.js';
import {baseState, eventually, FakeController, KEYS} from './fixtures.js';
import {fakeTerminal} from './fake-terminal.js';

/** The state a run starts in: nothing known yet but the target, every step pending. */
function startingState() {
	const {options, names} = baseState();
	return initialState({kind: 'sandbox', region: 'us-east-1'}, options, names);
}

describe('renderDashboard before the target is started', () => {
	it('has the whole first frame on the screen when it says the slow start-up may begin', async () => {
		const terminal = fakeTerminal();
		const controller = new FakeController(startingState());
		let screenAtStart: string | undefined;
		const done = renderDashboard(controller, {
			...terminal.streams,
			onFirstFrame: () => {
				screenAtStart = terminal.text();
			},
		});
		// Not from inside render(): the start-up work must not hold up Ink's own set-up either.
		expect(screenAtStart).toBeUndefined();
		await eventually(() => expect(screenAtStart).toBeDefined());
		expect(screenAtStart).toContain('LOCAL SANDBOX — not AWS · us-east-1');
		expect(screenAtStart).toContain('Starting the local sandbox…');
		expect(screenAtStart).toContain('8. Tear everything down');
		expect(screenAtStart).toContain('? help');
		controller.publish({...controller.getState(), phase: {kind: 'exiting', exitCode: 1}});
		await done;
	});

	it('passes a quit typed while starting to the scenario, which ends the run', async () => {
		const terminal = fakeTerminal();
		const controller = new FakeController(startingState());
		let started = 0;
		const done = renderDashboard(controller, {...terminal.streams, onFirstFrame: () => started++});
		await eventually(() => expect(terminal.text()).toContain('Starting the local sandbox…'));
		terminal.stdin.type('q');
		await eventually(() => expect(controller.types()).toEqual(['quitRequested']));
		terminal.stdin.type(KEYS.ctrlC);
		await eventually(() => expect(controller.types()).toEqual(['quitRequested', 'quitRequested']));
		controller.publish({...controller.getState(), phase: {kind: 'exiting', exitCode: 1}});
		await done;
		expect(started).toBe(1);
	});

	it('quits when its input ends: the terminal went away without a signal reaching the run', async () => {
		const terminal = fakeTerminal();
		const controller = new FakeController(startingState());
		const done = renderDashboard(controller, terminal.streams);
		await eventually(() => expect(terminal.text()).toContain('? help'));
		terminal.stdin.emit('end');
		await eventually(() => expect(controller.types()).toEqual(['quitRequested']));
		controller.publish({...controller.getState(), phase: {kind: 'exiting', exitCode: 1}});
		await done;
	});
});
