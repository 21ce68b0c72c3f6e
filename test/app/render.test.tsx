import chalk from 'chalk';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {renderDashboard} from '../../source/app/render.js';
import {ENTER_FULL_SCREEN, LEAVE_FULL_SCREEN} from '../../source/app/terminal-screen.js';
import {createdState, eventually, FakeController, finishedState, KEYS} from './fixtures.js';
import {fakeTerminal, useColourChalk} from './fake-terminal.js';

// Any SGR sequence: colours, bold, dim, inverse.
const SGR = /\u001B\[[\d;]*m/;
const exiting = {...finishedState(), phase: {kind: 'exiting' as const, exitCode: 0}};

useColourChalk();
afterEach(() => {
	vi.unstubAllEnvs();
});

async function runUntilExit(
	terminal: ReturnType<typeof fakeTerminal>,
	controller: FakeController,
	during?: () => void,
) {
	const done = renderDashboard(controller, terminal.streams);
	await eventually(() => expect(terminal.text()).toContain('sts-mfa'));
	during?.();
	controller.publish(exiting);
	await done;
}

describe('renderDashboard', () => {
	it('draws in the alternate screen with the cursor hidden, and restores both when the scenario exits', async () => {
		const terminal = fakeTerminal();
		await runUntilExit(terminal, new FakeController(createdState({kind: 'ready', next: 'sessionWithoutMfa'})));
		const out = terminal.text();
		expect(out.startsWith(ENTER_FULL_SCREEN)).toBe(true);
		expect(out).toContain('\u001B[?25l');
		expect(out.endsWith(LEAVE_FULL_SCREEN)).toBe(true);
		expect(out.indexOf('Steps')).toBeGreaterThan(0);
	});

	it('turns Ctrl-C into a quit request instead of exiting on the spot', async () => {
		const terminal = fakeTerminal();
		const controller = new FakeController(createdState({kind: 'ready', next: 'sessionWithoutMfa'}));
		await runUntilExit(terminal, controller, () => {
			terminal.stdin.type(KEYS.ctrlC);
		});
		expect(controller.types()).toEqual(['quitRequested']);
	});

	it('holds stderr writes until the screen is restored, then writes them', async () => {
		const terminal = fakeTerminal();
		await runUntilExit(terminal, new FakeController(createdState({kind: 'ready', next: 'sessionWithoutMfa'})), () => {
			terminal.streams.stderr.write('(node) a stray warning\n');
			expect(terminal.text('stderr')).toBe('');
		});
		const leaveAt = terminal.log.findIndex(
			(entry) => entry.stream === 'stdout' && entry.text.includes(LEAVE_FULL_SCREEN),
		);
		const warningAt = terminal.log.findIndex(
			(entry) => entry.stream === 'stderr' && entry.text.includes('a stray warning'),
		);
		expect(leaveAt).toBeGreaterThanOrEqual(0);
		expect(warningAt).toBeGreaterThan(leaveAt);
	});

	it('restores the screen and asks for teardown when the view crashes', async () => {
		const terminal = fakeTerminal();
		const controller = new FakeController(createdState({kind: 'ready', next: 'sessionWithoutMfa'}));
		const broken = {
			...createdState({kind: 'ready', next: 'sessionWithoutMfa'}),
			steps: undefined,
		} as unknown as ReturnType<typeof createdState>;
		const done = renderDashboard(controller, terminal.streams);
		await eventually(() => expect(terminal.text()).toContain('Steps'));
		vi.spyOn(console, 'error').mockImplementation(() => {});
		controller.publish(broken);
		await expect(done).rejects.toThrow();
		expect(terminal.text().endsWith(LEAVE_FULL_SCREEN)).toBe(true);
		expect(controller.types()).toContain('quitRequested');
	});

	it('redraws on resize: too small below 80x24, the dashboard again once enlarged', async () => {
		const terminal = fakeTerminal();
		const controller = new FakeController(createdState({kind: 'ready', next: 'sessionWithoutMfa'}));
		const done = renderDashboard(controller, terminal.streams);
		await eventually(() => expect(terminal.text()).toContain('Steps'));
		terminal.stdout.resize(64, 20);
		await eventually(() => expect(terminal.text()).toContain('Terminal too small: 64×20'));
		const mark = terminal.log.length;
		terminal.stdout.resize(120, 40);
		await eventually(() =>
			expect(
				terminal.log
					.slice(mark)
					.map((entry) => entry.text)
					.join(''),
			).toContain('Steps'),
		);
		controller.publish(exiting);
		await done;
	});

	it('emits colour on a colour terminal', async () => {
		const terminal = fakeTerminal();
		await runUntilExit(terminal, new FakeController(createdState({kind: 'ready', next: 'sessionWithoutMfa'})));
		expect(terminal.text()).toMatch(SGR);
	});

	it('emits no colour or style escape at all under NO_COLOR, QR code included', async () => {
		vi.stubEnv('NO_COLOR', '1');
		const terminal = fakeTerminal({columns: 120, rows: 40});
		const controller = new FakeController(createdState({kind: 'ready', next: 'sessionWithoutMfa'}));
		const done = renderDashboard(controller, terminal.streams);
		await eventually(() => expect(terminal.text()).toContain('Steps'));
		const {enableCodeState} = await import('./fixtures.js');
		controller.publish(enableCodeState('invalid'));
		await eventually(() => expect(terminal.text()).toContain('Code 1 of 2'));
		controller.publish(exiting);
		await done;
		expect(terminal.text()).toContain('▀');
		expect(terminal.text()).not.toMatch(SGR);
		expect(chalk.level).toBe(3);
	});
});
