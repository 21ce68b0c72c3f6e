import type {ReadStream, WriteStream} from 'node:tty';
import type {ReactNode} from 'react';
import {Text} from 'ink';
import {asciiOnly} from '../../ascii-output.js';
import {localeShowsQr} from '../../app/shared/locale.js';
import {renderThemed} from '../../app/shared/render-themed.js';
import type {ThemeName} from '../../theme/palettes.js';
import {PROMPT_WORDS} from '../../words/session-prompt.js';
import {MfaPrompt, type MfaPromptAnswer, type MfaPromptProps} from './prompt-view.js';

export type MfaPromptQuestion = Omit<MfaPromptProps, 'onAnswer'>;

export interface MfaPromptStreams {
	/** The controlling terminal: the prompt never touches stdin or stdout, which belong to the caller. */
	readonly input: ReadStream;
	readonly output: WriteStream;
}

/** The prompt on the terminal for as long as codes may be needed: asked again after a refused code. */
export interface MfaPromptSession {
	ask(question: MfaPromptQuestion): Promise<MfaPromptAnswer>;
	/** Erases the prompt (nothing of it stays between the user's command lines) and lets go of the terminal. */
	close(): void;
}

/**
 * One Ink instance for every question, re-rendered with each: a second instance on the same
 * terminal, after the first unmounted, lost keys (Backspace among them). Built into the dashboard
 * script (with Ink), so a session answered from the cache never loads Ink.
 */
export function openMfaPrompt(
	{input, output}: MfaPromptStreams,
	theme: {readonly now: ThemeName; readonly later?: Promise<ThemeName | undefined>} = {now: 'dark'},
): MfaPromptSession {
	// Raw at once, before Ink mounts its input handling: a key pressed meanwhile is not echoed over the prompt.
	input.setRawMode(true);
	if (!localeShowsQr()) asciiOnly(output);
	let shown: ReactNode = null;
	// Judged by the terminal (input and output), never by stdout, which here is the caller's pipe.
	const view = renderThemed(() => shown, theme, {
		stdin: input,
		stdout: output,
		stderr: output,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	const show = (node: ReactNode) => {
		shown = node;
		view.redraw();
	};
	let questions = 0;
	return {
		ask(question) {
			return new Promise((resolve) => {
				let answered = false;
				const onAnswer = (answer: MfaPromptAnswer) => {
					if (answered) return;
					answered = true;
					show(answer ? <Text dimColor>{PROMPT_WORDS.asking}</Text> : null);
					resolve(answer);
				};
				// A new key for each question: the fields start empty.
				show(<MfaPrompt key={++questions} {...question} onAnswer={onAnswer} />);
			});
		},
		close() {
			// The last frame drawn is an empty one: unmounting draws the last frame again.
			show(null);
			view.instance.unmount();
			view.close();
		},
	};
}
