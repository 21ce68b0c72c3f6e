import {PassThrough, Writable} from 'node:stream';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {ScenarioState} from '../../source/scenario/types.js';
import {runScreenReader} from '../../source/screen-reader/run-screen-reader.js';
import {setLanguage} from '../../source/words/language.js';
import {baseState, enableCodeState, eventually, FakeController} from '../app/fixtures.js';

/*
 * The screen-reader runner with a fake scenario: what it says, and what the keys typed into it do.
 * Keys are written to its input as a terminal would send them; the clock is vitest's.
 */

function collector(): {stream: Writable & {columns: number}; text: () => string} {
	let text = '';
	const stream = Object.assign(
		new Writable({
			write(chunk, _encoding, callback) {
				text += String(chunk);
				callback();
			},
		}),
		{columns: 80},
	);
	return {stream, text: () => text};
}

function start(state: ScenarioState) {
	const controller = new FakeController(state);
	const input = new PassThrough() as PassThrough & NodeJS.ReadStream;
	const output = collector();
	const onInterrupt = vi.fn();
	const running = runScreenReader(controller, {
		input,
		output: output.stream,
		onInterrupt,
		closingLines: () => ['closing line'],
	});
	const end = async () => {
		controller.publish({...controller.getState(), phase: {kind: 'exiting', exitCode: 0}});
		await running;
	};
	return {controller, input, output, onInterrupt, end};
}

afterEach(() => {
	vi.useRealTimers();
});

describe('the screen-reader runner', () => {
	it('says the countdown to the next code at 30, 10 and 5 seconds only, not every second', async () => {
		// Half a second into a 30-second TOTP window: 30 seconds to the next code.
		vi.useFakeTimers({now: 1_800_000_000_000 + 500, toFake: ['setInterval', 'clearInterval', 'Date']});
		const run = start(enableCodeState());
		await vi.advanceTimersByTimeAsync(59_000);
		const said = [...run.output.text().matchAll(/Next code in (\d+) seconds\./g)].map((match) => Number(match[1]));
		expect(said).toEqual([30, 10, 5, 30, 10, 5]);
		await run.end();
	});

	it('echoes the digits typed, takes no letter among them as a command, and sends the code on Enter', async () => {
		const run = start(enableCodeState());
		run.input.write('12a');
		await eventually(() => expect(run.output.text()).toMatch(/Code 1 of 2 to enable the device: 12$/));
		run.input.write('\u007F3456\r');
		await eventually(() => expect(run.controller.events).toContainEqual({type: 'codeSubmitted', code: '13456'}));
		expect(run.controller.types()).not.toContain('autoCodesRequested');
		await run.end();
	});

	it('asks before t tears down what exists, and carries on after n', async () => {
		const run = start(enableCodeState());
		run.input.write('t');
		await eventually(() =>
			expect(run.output.text().replace(/\s+/g, ' ')).toContain(
				'Tear everything down now? Press y for yes, or n to carry on.',
			),
		);
		run.input.write('n');
		await eventually(() => expect(run.output.text()).toContain('Carrying on.'));
		run.input.write('t');
		run.input.write('y');
		await eventually(() => expect(run.controller.types()).toEqual(['teardownRequested']));
		await run.end();
	});

	it('takes Ctrl-C as a quit that tears down first, and says the closing lines at the end', async () => {
		const run = start(baseState());
		expect(run.output.text()).toContain('Ready. Press Enter to start step 1 of 8: Create a demo IAM user.');
		run.input.write('\u0003');
		await eventually(() => expect(run.controller.types()).toEqual(['quitRequested']));
		expect(run.onInterrupt).toHaveBeenCalledOnce();
		await run.end();
		expect(run.output.text()).toMatch(/closing line\n$/);
	});

	it('says every key that works now on ?, the seed and the URI included, and never a review key', async () => {
		const run = start(enableCodeState());
		run.input.write('?');
		await eventually(() =>
			expect(run.output.text().replace(/\s+/g, ' ')).toContain(
				'Keys now: 0-9 Enter type code, a auto code, s say the secret key, t tear down, q quit, ? say these keys again, u say the otpauth URI.',
			),
		);
		await run.end();
		// Broken between words at the terminal's 80 columns, the indent kept.
		const rows = run.output.text().split('\n');
		expect(rows.filter((row) => row.length > 80)).toEqual([]);
		expect(rows).toContain(' quit, ? say these keys again, u say the otpauth URI.'.slice(1));
	});

	it('speaks Brazilian Portuguese under pt-BR, the keys kept as they are', async () => {
		setLanguage('pt-BR');
		try {
			const run = start(enableCodeState());
			run.input.write('?');
			await eventually(() => expect(run.output.text().replace(/\s+/g, ' ')).toContain('s ouvir a chave secreta'));
			expect(run.output.text()).toContain('modo leitor de tela');
			await run.end();
		} finally {
			setLanguage('en');
		}
	});
});
