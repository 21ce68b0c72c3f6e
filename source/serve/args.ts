import {parseArgs} from 'node:util';
import ms from 'ms';
import {parserRefusal} from '../cli/parser-refusal.js';
import {UsageError} from '../errors.js';
import {CLI_ARG_ERRORS} from '../words/cli-args.js';
import {serveWords} from '../words/serve.js';

/** `sts-mfa serve --ssh`: everything the command needs, parsed and checked. */
export interface ServeArgs {
	readonly command: 'serve';
	readonly host: string;
	readonly port: number;
	readonly passwordFile?: string;
	readonly authorizedKeys?: string;
	readonly maxAttendees: number;
	readonly idleMs: number;
}

const OPTIONS = {
	help: {type: 'boolean', short: 'h', default: false},
	ssh: {type: 'boolean', default: false},
	host: {type: 'string', default: '127.0.0.1'},
	port: {type: 'string', default: '2222'},
	'password-file': {type: 'string'},
	'authorized-keys': {type: 'string'},
	'max-attendees': {type: 'string', default: '50'},
	'idle-timeout': {type: 'string', default: '15m'},
} as const;

function whole(value: string, flag: string, min: number, max: number): number {
	const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
	if (!(parsed >= min && parsed <= max)) throw new UsageError(serveWords.wholeNumber(flag, min, max, value));
	return parsed;
}

function idle(value: string): number {
	const parsed = /^\s*\d+(\.\d+)?\s*[a-z]+\s*$/i.test(value) ? ms(value as ms.StringValue) : undefined;
	if (parsed === undefined || !(parsed >= 60_000 && parsed <= 24 * 3_600_000))
		throw new UsageError(serveWords.idleTimeout(value));
	return parsed;
}

export function parseServeArgs(
	argv: readonly string[],
): ServeArgs | {readonly command: 'help'; readonly topic: 'serve'} {
	let values: ReturnType<typeof parseArgs<{args: string[]; options: typeof OPTIONS; strict: true}>>['values'];
	try {
		({values} = parseArgs({args: [...argv], options: OPTIONS, strict: true, allowPositionals: false}));
	} catch (error) {
		throw new UsageError(CLI_ARG_ERRORS.inCommand(parserRefusal(error), 'serve'));
	}
	if (values.help) return {command: 'help', topic: 'serve'};
	if (!values.ssh) throw new UsageError(serveWords.needsSsh);
	if (values['password-file'] !== undefined && values['authorized-keys'] !== undefined)
		throw new UsageError(serveWords.bothAuth);
	return {
		command: 'serve',
		host: values.host,
		port: whole(values.port, '--port', 0, 65_535),
		...(values['password-file'] === undefined ? {} : {passwordFile: values['password-file']}),
		...(values['authorized-keys'] === undefined ? {} : {authorizedKeys: values['authorized-keys']}),
		maxAttendees: whole(values['max-attendees'], '--max-attendees', 1, 500),
		idleMs: idle(values['idle-timeout']),
	};
}
