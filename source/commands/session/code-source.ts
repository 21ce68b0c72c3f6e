import type {renderMfaPrompt} from './render-prompt.js';
import {SessionError} from './errors.js';
import {runMfaProcess} from './mfa-process.js';
import type {MfaPromptAnswer} from './prompt-view.js';
import {type ControllingTerminal, openControllingTerminal} from './terminal.js';

/** Loads the prompt (Ink) on demand; given by the CLI, which knows where the dashboard script is. */
export type PromptLoader = () => Promise<{
	readonly renderMfaPrompt: typeof renderMfaPrompt;
	readonly saveCodeCache: () => Promise<boolean>;
}>;

export interface DeviceCode {
	readonly serialNumber: string;
	readonly code: string;
}

/** Where codes (and, among several devices, the choice of one) come from. */
export interface CodeSource {
	/** A code for one of `devices`: with several, the person picks one on the terminal. */
	code(devices: readonly string[], notice?: string): Promise<DeviceCode>;
	/** Whether a refused code can be followed by another (only a person at the prompt can wait for one). */
	readonly asksPerson: boolean;
	close(): void;
}

export interface CodeSourceOptions {
	readonly tokenCode?: string;
	readonly mfaProcess?: string;
	readonly loadPrompt?: PromptLoader;
	readonly openTerminal?: () => ControllingTerminal | undefined;
}

function cancelled(): SessionError {
	return new SessionError('Cancelled', 'cancelled at the MFA prompt: no session was made');
}

function manyDevices(devices: readonly string[]): SessionError {
	return new SessionError(
		'SeveralDevices',
		`${devices.length} MFA devices are assigned to you and there is no terminal to pick one on: pass --serial with one of ${devices.join(', ')} (or set mfa_serial in the profile)`,
		{usage: true},
	);
}

/**
 * The code source for these options. Without --token-code or --mfa-process the prompt needs the
 * controlling terminal: when there is none this fails now, naming the options, before any call
 * to AWS, rather than waiting for input that cannot come.
 */
export function createCodeSource(options: CodeSourceOptions): CodeSource {
	const open = options.openTerminal ?? openControllingTerminal;
	const fromOption = options.tokenCode !== undefined || options.mfaProcess !== undefined;
	let terminal = fromOption ? undefined : open();
	if (!fromOption && terminal === undefined) {
		throw new SessionError(
			'NoCodeSource',
			'an MFA code is needed, but there is no terminal to ask on: pass --token-code CODE, or --mfa-process CMD (a command that prints the code)',
			{usage: true},
		);
	}
	let prompt: ReturnType<PromptLoader> | undefined;
	const ask = async (devices: readonly string[], needCode: boolean, notice?: string): Promise<MfaPromptAnswer> => {
		terminal ??= open();
		if (!terminal || !options.loadPrompt) return undefined;
		prompt ??= options.loadPrompt();
		const loaded = await prompt;
		const answer = await loaded.renderMfaPrompt({
			input: terminal.input,
			output: terminal.output,
			devices,
			needCode,
			notice,
		});
		await loaded.saveCodeCache();
		return answer;
	};
	const pickDevice = async (devices: readonly string[]): Promise<string> => {
		if (devices.length === 1) return devices[0]!;
		terminal ??= open();
		if (!terminal) throw manyDevices(devices);
		const answer = await ask(devices, false);
		if (!answer) throw cancelled();
		return answer.serialNumber;
	};
	return {
		asksPerson: !fromOption,
		async code(devices, notice) {
			if (options.tokenCode !== undefined) return {serialNumber: await pickDevice(devices), code: options.tokenCode};
			if (options.mfaProcess !== undefined) {
				const serialNumber = await pickDevice(devices);
				return {serialNumber, code: await runMfaProcess(options.mfaProcess, serialNumber)};
			}
			// One prompt for both the choice and the code: the person answers it in one go.
			const answer = await ask(devices, true, notice);
			if (!answer?.code) throw cancelled();
			return {serialNumber: answer.serialNumber, code: answer.code};
		},
		close() {
			terminal?.close();
		},
	};
}
