import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {MfaPrompt, type MfaPromptAnswer} from '../../../source/commands/session/prompt-view.js';
import {inAct} from '../../app/render-app.js';

const ALICE = 'arn:aws:iam::123456789012:mfa/alice';
const BACKUP = 'arn:aws:iam::123456789012:mfa/alice-backup';

let last: (() => string | undefined) | undefined;
async function until(condition: () => boolean): Promise<void> {
	for (let tries = 0; !condition(); tries++) {
		if (tries > 200) throw new Error(`condition never held: ${String(condition)} ${last?.()}`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

/** Types as a person does: React has run its effects (Ink has subscribed) before the next key. */
async function type(view: ReturnType<typeof render>, keys: string): Promise<void> {
	await inAct(async () => {
		view.stdin.write(keys);
		// A lone Esc is held by Ink for one turn in case a sequence follows.
		await new Promise((resolve) => setImmediate(resolve));
	});
}

function prompt(devices: string[], needCode = true, notice?: string) {
	const answers: MfaPromptAnswer[] = [];
	const view = render(
		<MfaPrompt devices={devices} needCode={needCode} notice={notice} onAnswer={(answer) => answers.push(answer)} />,
	);
	last = () => view.lastFrame();
	return {view, answers};
}

describe('the MFA prompt', () => {
	it('names the device and counts down to the next code', () => {
		const {view} = prompt([ALICE]);
		expect(view.lastFrame()).toContain(`MFA code for ${ALICE}`);
		expect(view.lastFrame()).toMatch(/next code in +\d+s/);
		view.unmount();
	});

	it('takes digits only, and answers with the device and the code on Enter', async () => {
		const {view, answers} = prompt([ALICE]);
		await type(view, '12a34');
		await until(() => view.lastFrame()!.includes('1234'));
		await type(view, '56');
		await until(() => view.lastFrame()!.includes('123456'));
		await type(view, '\r');
		await until(() => answers.length > 0);
		expect(answers).toEqual([{serialNumber: ALICE, code: '123456'}]);
		view.unmount();
	});

	it('takes back digits with Backspace, also when several keys arrive at once', async () => {
		const {view} = prompt([ALICE]);
		await type(view, '123');
		await type(view, '\x7f');
		await until(() => view.lastFrame()!.includes('› 12 '));
		await type(view, '\x7f\x7f9');
		await until(() => view.lastFrame()!.includes('› 9 '));
		view.unmount();
	});

	it('asks for six digits rather than send fewer', async () => {
		const {view, answers} = prompt([ALICE]);
		await type(view, '123');
		await until(() => view.lastFrame()!.includes('123'));
		await type(view, '\r');
		await until(() => view.lastFrame()!.includes('A code has 6 digits'));
		expect(answers).toEqual([]);
		view.unmount();
	});

	it('offers several devices to pick from, then asks for the code of the one picked', async () => {
		const {view, answers} = prompt([ALICE, BACKUP]);
		expect(view.lastFrame()).toContain('2 MFA devices are yours');
		await type(view, '\u001B[B');
		await until(() => view.lastFrame()!.includes(`› ${BACKUP}`));
		await type(view, '\r');
		await until(() => view.lastFrame()!.includes(`MFA code for ${BACKUP}`));
		await type(view, '654321\r');
		await until(() => answers.length > 0);
		expect(answers).toEqual([{serialNumber: BACKUP, code: '654321'}]);
		view.unmount();
	});

	it('handles ↓ and Enter that arrive in one read in their order: the second device is picked', async () => {
		const {view, answers} = prompt([ALICE, BACKUP], false);
		await type(view, '\u001B[B\r');
		await until(() => answers.length > 0);
		expect(answers).toEqual([{serialNumber: BACKUP}]);
		view.unmount();
	});

	it('answers with the device alone when the code comes from elsewhere, and with nothing on Esc', async () => {
		const picked = prompt([ALICE, BACKUP], false);
		await type(picked.view, '\r');
		await until(() => picked.answers.length > 0);
		expect(picked.answers).toEqual([{serialNumber: ALICE}]);
		picked.view.unmount();
		const cancelled = prompt([ALICE], true, '✗ the code was refused');
		expect(cancelled.view.lastFrame()).toContain('✗ the code was refused');
		await type(cancelled.view, '\u001B');
		await until(() => cancelled.answers.length > 0);
		expect(cancelled.answers).toEqual([undefined]);
		cancelled.view.unmount();
	});
});
