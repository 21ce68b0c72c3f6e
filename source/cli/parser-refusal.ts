import {CLI_ARG_ERRORS} from '../words/cli-args.js';

/*
 * Node's parseArgs refuses a command line in English, with a stable code (ERR_PARSE_ARGS_*) and the
 * option or word in quotes. Said again here in the language in force, from the code and that
 * quoted part; a refusal of a kind not known here keeps Node's own words.
 */

const UNKNOWN = /^Unknown option '(.*)'(?:\. To specify|$)/s;
const UNEXPECTED = /^Unexpected argument '(.*)'\. This command/s;
/** "Option '-p, --port <value>' argument missing": the option is its long form, else its short one. */
const OPTION = /^Option '(?:(-\w), )?(-[^' ]+)/;

export function parserRefusal(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const code = (error as {code?: unknown} | undefined)?.code;
	const words = CLI_ARG_ERRORS.parser;
	const unknown = UNKNOWN.exec(message)?.[1];
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== undefined) return words.unknownOption(unknown);
	const unexpected = UNEXPECTED.exec(message)?.[1];
	if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && unexpected !== undefined)
		return words.unexpectedArgument(unexpected);
	const option = OPTION.exec(message)?.[2];
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
		if (message.includes('does not take an argument')) return words.takesNoValue(option);
		if (message.includes('ambiguous')) return words.dashValue(option);
		return words.missingValue(option);
	}
	return message.replace(/\. To specify.*$/s, '');
}
