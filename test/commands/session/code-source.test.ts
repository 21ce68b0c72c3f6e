import {describe, expect, it} from 'vitest';
import {createCodeSource, type PromptLoader} from '../../../source/commands/session/code-source.js';
import type {MfaPromptQuestion} from '../../../source/commands/session/render-prompt.js';
import type {ControllingTerminal} from '../../../source/commands/session/terminal.js';

const ALICE = 'arn:aws:iam::123456789012:mfa/alice';
const BACKUP = 'arn:aws:iam::123456789012:mfa/alice-backup';
const noTerminal = () => undefined;

/** A terminal that is never read: the prompt it would show is answered by `answer`. */
function fakePrompt(answer: (request: MfaPromptQuestion) => {serialNumber: string; code?: string} | undefined) {
	const asked: MfaPromptQuestion[] = [];
	let closed = 0;
	const terminal = {input: {}, output: {}, close: () => closed++} as unknown as ControllingTerminal;
	const loadPrompt: PromptLoader = async () => ({
		openMfaPrompt: () => ({
			ask: async (question) => {
				asked.push(question);
				return answer(question);
			},
			close: () => {},
		}),
		saveCodeCache: async () => false,
	});
	return {openTerminal: () => terminal, loadPrompt, asked, closed: () => closed};
}

describe('where the code comes from', () => {
	it('fails at once, naming the options, with neither a terminal nor a code source', () => {
		expect(() => createCodeSource({openTerminal: noTerminal})).toThrow(/--token-code CODE, or --mfa-process CMD/);
	});

	it('uses --token-code for the one device, without a terminal', async () => {
		const codes = createCodeSource({tokenCode: '123456', openTerminal: noTerminal});
		expect(await codes.code([ALICE])).toEqual({serialNumber: ALICE, code: '123456'});
		expect(codes.asksPerson).toBe(false);
	});

	it('names the devices when there are several and no terminal to pick on', async () => {
		const codes = createCodeSource({tokenCode: '123456', openTerminal: noTerminal});
		await expect(codes.code([ALICE, BACKUP])).rejects.toThrow(`one of ${ALICE}, ${BACKUP}`);
	});

	it('asks on the terminal for the device and the code in one prompt, and closes the terminal after', async () => {
		const prompt = fakePrompt((request) => ({serialNumber: request.devices[1]!, code: '654321'}));
		const codes = createCodeSource(prompt);
		expect(await codes.code([ALICE, BACKUP])).toEqual({serialNumber: BACKUP, code: '654321'});
		expect(prompt.asked.map(({devices, needCode}) => ({devices, needCode}))).toEqual([
			{devices: [ALICE, BACKUP], needCode: true},
		]);
		await codes.close();
		expect(prompt.closed()).toBe(1);
	});

	it('asks only for the device when the code comes from --token-code', async () => {
		const prompt = fakePrompt((request) => ({serialNumber: request.devices[0]!}));
		const codes = createCodeSource({...prompt, tokenCode: '111111'});
		expect(await codes.code([ALICE, BACKUP])).toEqual({serialNumber: ALICE, code: '111111'});
		expect(prompt.asked[0]?.needCode).toBe(false);
	});

	it('reports a prompt left with Esc as cancelled', async () => {
		const codes = createCodeSource(fakePrompt(() => undefined));
		await expect(codes.code([ALICE])).rejects.toThrow(/cancelled/);
	});
});
