import type {ReadStream, WriteStream} from 'node:tty';
import {Text, render} from 'ink';
import {asciiOnly} from '../../ascii-output.js';
import {localeShowsQr} from '../../app/shared/locale.js';
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
export function openMfaPrompt({input, output}: MfaPromptStreams): MfaPromptSession {
	// Raw at once, before Ink mounts its input handling: a key pressed meanwhile is not echoed over the prompt.
	input.setRawMode(true);
	if (!localeShowsQr()) asciiOnly(output);
	const instance = render(null, {
		stdin: input,
		stdout: output,
		stderr: output,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	let questions = 0;
	return {
		ask(question) {
			return new Promise((resolve) => {
				let answered = false;
				const onAnswer = (answer: MfaPromptAnswer) => {
					if (answered) return;
					answered = true;
					instance.rerender(answer ? <Text dimColor>{PROMPT_WORDS.asking}</Text> : null);
					resolve(answer);
				};
				// A new key for each question: the fields start empty.
				instance.rerender(<MfaPrompt key={++questions} {...question} onAnswer={onAnswer} />);
			});
		},
		close() {
			// The last frame drawn is an empty one: unmounting draws the last frame again.
			instance.rerender(null);
			instance.unmount();
		},
	};
}
