import {Terminal as Xterm} from '@xterm/headless';
import {useEffect} from 'react';
import {Box, render, Text, useStdout} from 'ink';
import {describe, expect, it} from 'vitest';
import {diffFrames} from '../../../source/app/boot/frame-diff.js';
import {renderDashboard} from '../../../source/app/render.js';
import {ENTER_FULL_SCREEN} from '../../../source/app/terminal-screen.js';
import {baseState, enableCodeState, eventually, FakeController} from '../fixtures.js';
import {fakeTerminal, useColourChalk} from '../fake-terminal.js';

useColourChalk();

/** What a terminal shows after `output`: a headless xterm of the same size (a tty turns \n into \r\n). */
async function screenOf(output: string, columns: number, rows: number): Promise<string[]> {
	const xterm = new Xterm({cols: columns, rows, convertEol: true, allowProposedApi: true});
	await new Promise<void>((resolve) => xterm.write(output, resolve));
	const buffer = xterm.buffer.active;
	const cells = (y: number) => {
		const line = buffer.getLine(y);
		let text = '';
		for (let x = 0; x < columns; x++) {
			const cell = line?.getCell(x);
			// Characters and their colours: a rewritten line must keep both.
			text += `${cell?.getChars() || ' '}${cell?.getFgColor() ?? ''}/${cell?.getBgColor() ?? ''}|`;
		}
		return text;
	};
	return Array.from({length: rows}, (_, y) => cells(y));
}

interface Shape {
	readonly lines: readonly string[];
	readonly highlight: number;
	/** Printed above the frame through Ink (as a console.log during the dashboard would be). */
	readonly note?: string;
}

function Note({text}: {readonly text?: string}) {
	const {write} = useStdout();
	useEffect(() => {
		if (text) write(`${text}\n`);
	}, [text, write]);
	return null;
}

/** A frame that exercises what the dashboard draws: full-width lines, colours and backgrounds, a height that changes. */
function Frame({lines, highlight, note}: Shape) {
	return (
		<Box flexDirection='column' width={40}>
			<Note text={note} />
			<Box justifyContent='space-between'>
				<Text bold color='cyan'>
					sts-mfa
				</Text>
				<Text color='green'>LOCAL SANDBOX — not AWS · us-east-1</Text>
			</Box>
			{lines.map((line, index) => (
				<Text
					key={line}
					backgroundColor={index === highlight ? '#ffffff' : undefined}
					color={index === highlight ? '#000000' : undefined}
				>
					{line}
				</Text>
			))}
			{/* As wide as the frame: the terminal's cursor ends on its last cell, waiting to wrap. */}
			<Text>{`frame ${lines.length}`.padEnd(40, '.')}</Text>
			<Text dimColor>q quit ? help</Text>
		</Box>
	);
}

const SHAPES: readonly Shape[] = [
	{lines: ['· 1. Create a demo IAM user', '· 2. Create an MFA device', 'next code in 12s'], highlight: 0},
	{lines: ['· 1. Create a demo IAM user', '· 2. Create an MFA device', 'next code in 11s'], highlight: 0},
	{lines: ['✓ 1. Create a demo IAM user', '· 2. Create an MFA device', 'next code in 10s'], highlight: 1},
	{lines: ['✓ 1. Create a demo IAM user'], highlight: 0},
	{
		lines: [
			'✓ 1. Create a demo IAM user',
			'✓ 2. Create an MFA device',
			'▀█▄ █▀▀█ ▄▄ █▀▀█ ▄▄ █▀▀█ ▄▄ █▀▀█ ▄▄ ███',
			'done',
		],
		highlight: 2,
	},
	{
		lines: ['✓ 1. Create a demo IAM user', '✓ 2. Create an MFA device', 'done'],
		highlight: 2,
		note: 'note: printed above',
	},
	{
		lines: ['✓ 1. Create a demo IAM user', '✓ 2. Create an MFA device', 'done again'],
		highlight: 1,
		note: 'note: printed above',
	},
	{lines: ['✓ 1. Create a demo IAM user', 'done at last'], highlight: 0, note: 'note: printed above'},
];

/** Renders the shapes one after another with Ink, as the dashboard does; returns everything written. */
function renderShapes(withDiff: boolean): {output: string; perFrame: number[]} {
	const terminal = fakeTerminal({columns: 40, rows: 12});
	terminal.stdout.write(ENTER_FULL_SCREEN);
	const release = withDiff ? diffFrames(terminal.streams.stdout) : () => {};
	// Unthrottled, so each rerender is written at once.
	const instance = render(<Frame {...SHAPES[0]!} />, {
		stdout: terminal.streams.stdout,
		stdin: terminal.streams.stdin,
		patchConsole: false,
		debug: false,
		maxFps: 0,
	});
	const perFrame: number[] = [];
	for (const shape of SHAPES.slice(1)) {
		const before = terminal.text().length;
		instance.rerender(<Frame {...shape} />);
		perFrame.push(terminal.text().length - before);
	}
	instance.unmount();
	release();
	return {output: terminal.text(), perFrame};
}

describe('diffFrames', () => {
	it('leaves the terminal showing exactly what full redraws would, frame after frame', async () => {
		const full = renderShapes(false);
		const diffed = renderShapes(true);
		expect(await screenOf(diffed.output, 40, 12)).toEqual(await screenOf(full.output, 40, 12));
		// And at each step, not only at the end.
		let fullSoFar = full.output.slice(0, full.output.length - full.perFrame.reduce((a, b) => a + b, 0));
		let diffedSoFar = diffed.output.slice(0, diffed.output.length - diffed.perFrame.reduce((a, b) => a + b, 0));
		for (const [index] of SHAPES.slice(1).entries()) {
			fullSoFar = full.output.slice(0, fullSoFar.length + full.perFrame[index]!);
			diffedSoFar = diffed.output.slice(0, diffedSoFar.length + diffed.perFrame[index]!);
			expect(await screenOf(diffedSoFar, 40, 12)).toEqual(await screenOf(fullSoFar, 40, 12));
		}
	});

	it('writes only the line that changed when one line changes', () => {
		const full = renderShapes(false);
		const diffed = renderShapes(true);
		// The countdown going from 12 s to 11 s.
		expect(diffed.perFrame[0]).toBeLessThan(full.perFrame[0]! / 4);
		expect(diffed.perFrame[0]).toBeLessThan(80);
	});

	it('passes a write it does not recognise through unchanged, and gives stdout its own write back', () => {
		const terminal = fakeTerminal();
		const original = terminal.stdout.write;
		const release = diffFrames(terminal.streams.stdout);
		terminal.stdout.write('\u001B[2J\u001B[Hsomething else\n');
		expect(terminal.text()).toBe('\u001B[2J\u001B[Hsomething else\n');
		release();
		expect(terminal.stdout.write).toBe(original);
	});
});

describe('the dashboard through diffFrames', () => {
	it('redraws a countdown tick on the code entry in a few bytes, and the screen stays whole', async () => {
		const terminal = fakeTerminal();
		const controller = new FakeController(enableCodeState());
		const done = renderDashboard(controller, terminal.streams);
		await eventually(() => expect(terminal.text()).toContain('next code in'));
		const before = terminal.text().length;
		// The countdown ticks once a second.
		await eventually(() => expect(terminal.text().length).toBeGreaterThan(before), 3000);
		const tick = terminal.text().slice(before);
		expect(tick.length).toBeLessThan(400);
		const screen = (await screenOf(terminal.text(), 80, 24)).map((row) => row.replace(/[^|]*?\|/g, (cell) => cell[0]!));
		expect(screen[0]).toContain('sts-mfa');
		expect(screen.join('\n')).toContain('Scan with an authenticator app');
		expect(screen.join('\n')).toMatch(/next code in +\d+s/);
		controller.publish({...baseState(), phase: {kind: 'exiting', exitCode: 1}});
		await done;
	});
});
