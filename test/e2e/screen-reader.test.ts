import {describe, expect, it} from 'vitest';
import {enablingCodes} from '../../source/scenario/authenticator.js';
import {Secret} from '../../source/secret.js';
import {waitUntil} from '../support/wait-until.js';
import {startDashboard, useDashboardTerminals} from './support/dashboard.js';
import {type Terminal, tmuxAvailable} from './support/terminal.js';

/*
 * --screen-reader in a real terminal, read as a screen reader gets it: every byte the program wrote,
 * in order. Nothing may move the cursor or redraw; each state the run passes through has its line,
 * and the step, its result and the next key come in that order.
 */
const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the screen-reader tests are skipped (CI installs it).');

/** What the program wrote, each line break read as a space (as the lines are said one after another). */
function spoken(terminal: Terminal): string {
	return terminal.output().replace(/\s+/g, ' ');
}

/** Waits until what was said after `from` characters matches `expected`; returns the whole text said. */
async function said(terminal: Terminal, expected: RegExp, from = 0): Promise<string> {
	return waitUntil(
		`${expected} in the screen reader's lines`,
		() => {
			const text = spoken(terminal);
			return expected.test(text.slice(from)) && text;
		},
		{timeoutMs: 30_000},
	);
}

/** Presses keys once `expected` has been said, and returns how much had been said by then. */
async function answer(terminal: Terminal, expected: RegExp, keys: () => Promise<void>): Promise<number> {
	const text = await said(terminal, expected, 0);
	const at = text.search(expected);
	await keys();
	return at;
}

/** The parts of `text` in this order, each after the one before. */
function inOrder(text: string, parts: readonly RegExp[]): void {
	let from = 0;
	for (const part of parts) {
		const found = part.exec(text.slice(from));
		expect(found, `${part} after: …${text.slice(Math.max(0, from - 200), from)}`).not.toBeNull();
		from += (found?.index ?? 0) + (found?.[0].length ?? 0);
	}
}

describe.skipIf(!available)('--screen-reader', () => {
	useDashboardTerminals();

	it('reads a whole session-token run as lines in order, with the seed, the URI and codes typed by hand', async () => {
		const terminal = await startDashboard({cols: 80, rows: 24}, {args: ['--screen-reader'], picker: true});
		await answer(terminal, /Press 1 to \d, or Enter for session-token\./, () => terminal.type('1'));
		await answer(terminal, /Press Enter to start step 1 of 8/, () => terminal.press('Enter'));
		await answer(terminal, /Next: step 2 of 8, Create an MFA device\. Press Enter\./, () => terminal.press('Enter'));
		await answer(terminal, /Next: step 3 of 8, Enable MFA device\. Press Enter\./, () => terminal.press('Enter'));
		await answer(terminal, /Code 1 of 2 to enable the device: $/, () => terminal.type('s'));
		const seedText = await said(terminal, /Secret key, in groups of four: ([A-Z2-7]{4}(?: [A-Z2-7]{1,4})+)\./);
		const seed = /Secret key, in groups of four: ([A-Z2-7]{4}(?: [A-Z2-7]{1,4})+)\./
			.exec(seedText)![1]!
			.replaceAll(' ', '');
		await terminal.type('u');
		const uri = /otpauth URI: (otpauth:\/\/\S+)/.exec(await said(terminal, /otpauth URI: otpauth:\/\/\S+ /))![1]!;
		expect(new URL(uri).searchParams.get('secret')).toBe(seed);
		// A code too short is said to be so, and the question is asked again.
		await terminal.type('12');
		await terminal.press('Enter');
		await said(terminal, /exactly 6 digits\. Code 1 of 2 to enable the device: $/);
		await terminal.type('?');
		await said(terminal, /Keys now: 0-9 Enter type code, a auto code, s say the secret key, .*u say the otpauth URI\./);
		const {codes} = enablingCodes(new Secret(seed), Date.now());
		await terminal.type(codes[0]);
		await terminal.press('Enter');
		await answer(terminal, /Code 2 of 2 to enable the device: $/, async () => {
			await terminal.type(codes[1]);
			await terminal.press('Enter');
		});
		await answer(terminal, /Next: step 4 of 8/, () => terminal.type('t'));
		await answer(terminal, /Tear everything down now\? Press y for yes, or n to carry on\./, () => terminal.type('n'));
		await answer(terminal, /Carrying on\./, () => terminal.press('Enter'));
		for (const step of [5, 6, 7])
			await answer(terminal, new RegExp(`Next: step ${step} of 8`), () => terminal.press('Enter'));
		await answer(terminal, /Fresh code for the MFA session: $/, () => terminal.type('a'));
		await answer(terminal, /Next: step 8 of 8, Tear everything down\. Press Enter\./, () => terminal.press('Enter'));
		await answer(terminal, /Finished\. Press q to exit\./, () => terminal.type('q'));
		expect(await terminal.waitForExit({timeout: 20_000})).toBe(0);

		const output = terminal.output();
		// No screen is drawn: no alternate screen, no cursor moved, nothing erased, no colour.
		expect(output).not.toMatch(/\u001B/);
		inOrder(output.replace(/\s+/g, ' '), [
			/screen-reader mode: every change is one line/,
			/The demo runs against the embedded local sandbox at http:\/\/127\.0\.0\.1:\d+ \(not AWS\)\./,
			/Choose a scenario by its number: 1: session-token\. .* 2: assume-role\. .* 3: force-mfa\./,
			/Scenario session-token\./,
			/Checking the target and who you are\./,
			/Signed in as arn:aws:iam::\d{12}:root/,
			/Ready\. Press Enter to start step 1 of 8: Create a demo IAM user\./,
			/\[1\/8\] Create a demo IAM user …/,
			/\[1\/8\] Create a demo IAM user: done/,
			/user arn:aws:iam::\d{12}:user\/sts-mfa\/sts-mfa-demo-/,
			/Next: step 2 of 8/,
			/\[2\/8\] Create an MFA device: done/,
			/\[3\/8\] Enable MFA device …/,
			/Type the six digits and press Enter\./,
			/Code 1 of 2 to enable the device: /,
			/\[3\/8\] Enable MFA device: done/,
			/Next: step 4 of 8, Create an access key\. Press Enter\./,
			/\[4\/8\] Create an access key: done/,
			/\[5\/8\] Require MFA by policy: done/,
			/\[6\/8\] Session without MFA: done \([\d.]+ s\) Without MFA: ListBuckets → AccessDenied, as it should be\./,
			/Next: step 7 of 8, Session with MFA\. Press Enter\./,
			/Fresh code for the MFA session: /,
			/\[7\/8\] Session with MFA: done \([\d.]+ s\) With MFA: ListBuckets allowed/,
			/Next: step 8 of 8/,
			/Tearing everything down\./,
			/delete user sts-mfa-demo-\w+: done/,
			/sts-mfa: proved — Without MFA: ListBuckets → AccessDenied; With MFA: ListBuckets → allowed\./,
			/nothing is left\./,
			/Finished\. Press q to exit\./,
		]);
		// Said once each: a line is never repeated by a redraw.
		expect(output.match(/Next: step 4 of 8/g)).toHaveLength(1);
		expect(output.match(/Finished\. Press q to exit\./g)).toHaveLength(1);
	});
});
