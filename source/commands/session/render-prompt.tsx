import type {ReadStream, WriteStream} from 'node:tty';
import chalk, {type ColorSupportLevel} from 'chalk';
import type {ReactNode} from 'react';
import {Text, render} from 'ink';
import {asciiOnly} from '../../ascii-output.js';
import {localeShowsQr} from '../../app/shared/locale.js';
import {noColorRequested, ThemeContext, themeOf} from '../../app/shared/theme.js';
import type {ThemeName} from '../../theme/palettes.js';
import {redrawOnAnswer} from '../../theme/resolve.js';
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
	const colour = !noColorRequested();
	// Chalk (Ink's colours) judged colour by stdout, which here is the caller's pipe: judge by the terminal.
	const chalkLevel = chalk.level;
	chalk.level = colour ? colourLevel(output) : 0;
	let shown: ReactNode = null;
	let name = theme.now;
	const themed = () => <ThemeContext.Provider value={themeOf(colour, name)}>{shown}</ThemeContext.Provider>;
	const instance = render(themed(), {
		stdin: input,
		stdout: output,
		stderr: output,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	const show = (node: ReactNode) => {
		shown = node;
		instance.rerender(themed());
	};
	// The terminal's answer, if it comes after the prompt was drawn: the prompt is redrawn in it.
	const stopRedraw = redrawOnAnswer(theme.later, theme.now, (later) => {
		name = later;
		instance.rerender(themed());
	});
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
			stopRedraw();
			show(null);
			instance.unmount();
			chalk.level = chalkLevel;
		},
	};
}

/**
 * Chalk's level for what the terminal shows: 16, 256 or millions of colours (Node reads TERM,
 * COLORTERM). NO_COLOR is judged apart, as no-color.org says (set and empty means unset), which Node does not.
 */
function colourLevel(output: WriteStream): ColorSupportLevel {
	const {NO_COLOR: _judgedApart, ...env} = process.env;
	const depth = output.getColorDepth(env);
	return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}
