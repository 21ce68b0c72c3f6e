import type {ReadStream, WriteStream} from 'node:tty';
import {render} from 'ink';
import {MfaPrompt, type MfaPromptAnswer, type MfaPromptProps} from './prompt-view.js';

export interface MfaPromptRequest extends Omit<MfaPromptProps, 'onAnswer'> {
	/** The controlling terminal: the prompt never touches stdin or stdout, which belong to the caller. */
	readonly input: ReadStream;
	readonly output: WriteStream;
}

/**
 * Asks on the terminal and resolves with the answer; the prompt is erased afterwards, so that
 * nothing of it stays between the user's command lines. Built into the dashboard script (with
 * Ink), so a session answered from the cache never loads Ink.
 */
export function renderMfaPrompt({input, output, ...props}: MfaPromptRequest): Promise<MfaPromptAnswer> {
	// Raw at once, before Ink mounts its input handling: a key pressed meanwhile is not echoed over the prompt.
	input.setRawMode(true);
	return new Promise((resolve) => {
		let answered = false;
		const instance = render(
			<MfaPrompt
				{...props}
				onAnswer={(answer) => {
					if (answered) return;
					answered = true;
					// The last frame drawn is an empty one: unmounting draws the last frame again.
					instance.rerender(null);
					instance.unmount();
					resolve(answer);
				}}
			/>,
			{stdin: input, stdout: output, stderr: output, exitOnCtrlC: false, patchConsole: false},
		);
	});
}
