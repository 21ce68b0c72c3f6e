import type {LineReader} from '../../source/plain/lines.js';
import {runPlain} from '../../source/plain/run-plain.js';
import type {ScenarioController} from '../../source/scenario/types.js';

/*
 * Plain mode as a test drives it: a person who answers each question with the next scripted line
 * and then stops typing, and a log that keeps every line (questions included) in order.
 */

/** A person at the prompt: answers each question with the next of `lines`, then stops typing. */
export function typedLines(lines: readonly string[]): LineReader {
	const left = [...lines];
	return {next: async () => left.shift(), close: () => undefined};
}

export interface PlainLogOptions {
	readonly answers?: readonly string[];
	readonly color?: boolean;
	readonly showQr?: boolean;
}

/** Runs `scenario` in plain mode to its end; its exit status and every line it said. */
export async function runPlainLogged(
	scenario: ScenarioController,
	options: PlainLogOptions = {},
): Promise<{code: number; log: string[]}> {
	const log: string[] = [];
	const code = await runPlain(scenario, {
		log: (line) => log.push(line),
		prompt: (text) => log.push(text),
		input: typedLines(options.answers ?? []),
		color: options.color ?? false,
		showQr: options.showQr ?? false,
	});
	return {code, log};
}
