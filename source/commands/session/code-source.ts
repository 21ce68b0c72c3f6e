import type {ReadStream} from 'node:tty';
import type {MfaPromptSession, openMfaPrompt} from './render-prompt.js';
import {SessionError} from './errors.js';
import {runMfaProcess} from './mfa-process.js';
import type {MfaPromptAnswer} from './prompt-view.js';
import {type ControllingTerminal, openControllingTerminal} from './terminal.js';
import {SESSION_ERRORS} from '../../words/session-errors.js';
import type {ThemeSetting} from '../../theme/choose.js';
import {startTheme, type ViewTheme} from '../../theme/resolve.js';

/** Loads the prompt (Ink) on demand; given by the CLI, which knows where the dashboard script is. */
export type PromptLoader = () => Promise<{
	readonly openMfaPrompt: typeof openMfaPrompt;
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
	close(): Promise<void>;
}

export interface CodeSourceOptions {
	readonly tokenCode?: string;
	readonly mfaProcess?: string;
	readonly loadPrompt?: PromptLoader;
	readonly openTerminal?: () => ControllingTerminal | undefined;
	/** The prompt's theme (default auto), and whether it may use colour at all (default: yes). */
	readonly theme?: ThemeSetting;
	readonly colour?: boolean;
}

function cancelled(): SessionError {
	return new SessionError('Cancelled', SESSION_ERRORS.cancelledAtPrompt);
}

function manyDevices(devices: readonly string[]): SessionError {
	return new SessionError('SeveralDevices', SESSION_ERRORS.severalDevicesNoTerminal(devices), {usage: true});
}

/** The prompt on the controlling terminal, opened when first needed, with Ink loaded once. */
class TerminalPrompt {
	readonly #open: () => ControllingTerminal | undefined;
	readonly #load: PromptLoader | undefined;
	readonly #theme: Pick<CodeSourceOptions, 'theme' | 'colour'>;
	#terminal: ControllingTerminal | undefined;
	#view: ViewTheme | undefined;
	#session: Promise<MfaPromptSession> | undefined;

	constructor(options: CodeSourceOptions, eager: boolean) {
		this.#open = options.openTerminal ?? openControllingTerminal;
		this.#load = options.loadPrompt;
		this.#theme = {theme: options.theme, colour: options.colour};
		if (eager) this.#terminal = this.#open();
	}

	get available(): boolean {
		this.#terminal ??= this.#open();
		return this.#terminal !== undefined && this.#load !== undefined;
	}

	async ask(devices: readonly string[], needCode: boolean, notice?: string): Promise<MfaPromptAnswer> {
		if (!this.available) return undefined;
		this.#session ??= this.#start(this.#terminal!, this.#load!);
		return (await this.#session).ask({devices, needCode, notice});
	}

	async #start(terminal: ControllingTerminal, load: PromptLoader): Promise<MfaPromptSession> {
		// Asked on the terminal while Ink loads; the prompt is drawn without waiting for the answer.
		const {theme = 'auto', colour = true} = this.#theme;
		const view = startTheme(theme, colour, terminal);
		this.#view = view;
		const loaded = await load();
		const later = view.later ? {later: view.later} : {};
		const session = loaded.openMfaPrompt(
			{input: view.input as ReadStream, output: terminal.output},
			{now: view.now(), ...later},
		);
		// Keeps the compiled prompt for next time; its first frame is out.
		await loaded.saveCodeCache();
		return session;
	}

	async close(): Promise<void> {
		(await this.#session)?.close();
		this.#view?.close();
		this.#terminal?.close();
	}
}

/**
 * The code source for these options. Without --token-code or --mfa-process the prompt needs the
 * controlling terminal: when there is none this fails now, naming the options, before any call
 * to AWS, rather than waiting for input that cannot come.
 */
export function createCodeSource(options: CodeSourceOptions): CodeSource {
	const fromOption = options.tokenCode !== undefined || options.mfaProcess !== undefined;
	const prompt = new TerminalPrompt(options, !fromOption);
	if (!fromOption && !prompt.available) {
		throw new SessionError('NoCodeSource', SESSION_ERRORS.noTerminal, {usage: true});
	}
	const pickDevice = async (devices: readonly string[]): Promise<string> => {
		if (devices.length === 1) return devices[0]!;
		if (!prompt.available) throw manyDevices(devices);
		const answer = await prompt.ask(devices, false);
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
			const answer = await prompt.ask(devices, true, notice);
			if (!answer?.code) throw cancelled();
			return {serialNumber: answer.serialNumber, code: answer.code};
		},
		close: () => prompt.close(),
	};
}
