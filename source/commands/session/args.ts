import {parseArgs} from 'node:util';
import {parserRefusal} from '../../cli/parser-refusal.js';
import {isRegionName} from '../../cli/region.js';
import {UsageError} from '../../errors.js';
import {SESSION_ARG_ERRORS} from '../../words/session-args.js';
import {themeFlag, type ThemeSetting} from '../../theme/choose.js';

/** How the session is handed over: export lines, JSON, or the credential_process document. */
export type SessionFormat = 'env' | 'json' | 'credential-process';
export const SESSION_FORMATS: readonly SessionFormat[] = ['env', 'json', 'credential-process'];

/** `sts-mfa session [exec]`: everything the command needs, parsed and checked. */
export interface SessionArgs {
	readonly command: 'session';
	readonly profile?: string;
	readonly region?: string;
	readonly serial?: string;
	readonly durationSeconds: number;
	readonly tokenCode?: string;
	readonly mfaProcess?: string;
	readonly format: SessionFormat;
	/** Whether --format was given (with --write-profile nothing is printed unless it was). */
	readonly formatGiven: boolean;
	readonly writeProfile?: string;
	readonly cache: boolean;
	readonly refresh: boolean;
	/** `session exec -- COMMAND ARGS...`: the command to run with the session. */
	readonly exec?: readonly string[];
	/** The prompt's colour theme; absent: STS_MFA_THEME, else the terminal's background (auto). */
	readonly theme?: ThemeSetting;
}

// GetSessionToken's limits for an IAM user (a root user gets at most an hour; AWS says so itself).
const MIN_DURATION = 900;
const MAX_DURATION = 129_600;
const DEFAULT_DURATION = 43_200;

const OPTIONS = {
	help: {type: 'boolean', short: 'h', default: false},
	profile: {type: 'string'},
	region: {type: 'string'},
	serial: {type: 'string'},
	duration: {type: 'string'},
	'token-code': {type: 'string'},
	'mfa-process': {type: 'string'},
	format: {type: 'string'},
	'write-profile': {type: 'string'},
	'no-cache': {type: 'boolean', default: false},
	refresh: {type: 'boolean', default: false},
	theme: {type: 'string'},
} as const;

/** "12h", "90m", "3600s" or "3600" → seconds, within GetSessionToken's range. */
export function parseDuration(text: string): number {
	const match = /^(\d+)([smh]?)$/.exec(text.trim());
	if (!match) throw new UsageError(SESSION_ARG_ERRORS.durationShape(text));
	const seconds = Number(match[1]) * ({h: 3600, m: 60, s: 1, '': 1} as const)[match[2] as 'h' | 'm' | 's' | ''];
	if (seconds < MIN_DURATION || seconds > MAX_DURATION) {
		throw new UsageError(SESSION_ARG_ERRORS.durationRange(text));
	}
	return seconds;
}

/**
 * `session [options]` or `session exec [options] -- COMMAND...`: `exec` may stand anywhere among
 * the options (the parser tells it from an option's value), the command is everything after `--`.
 */
function parseOptions(argv: readonly string[]) {
	const separator = argv.indexOf('--');
	const ours = separator === -1 ? [...argv] : argv.slice(0, separator);
	let parsed: ReturnType<typeof parseArgs<{args: string[]; options: typeof OPTIONS; allowPositionals: true}>>;
	try {
		parsed = parseArgs({args: ours, options: OPTIONS, strict: true, allowPositionals: true});
	} catch (error) {
		throw new UsageError(SESSION_ARG_ERRORS.parser(parserRefusal(error)));
	}
	const [first, ...others] = parsed.positionals;
	if (first === 'exec' && separator === -1) {
		throw new UsageError(SESSION_ARG_ERRORS.execNeedsCommand);
	}
	if ((first !== undefined && first !== 'exec') || others.length > 0) {
		throw new UsageError(SESSION_ARG_ERRORS.unexpectedWord(first === 'exec' ? others[0] : first));
	}
	const exec = first === 'exec' ? argv.slice(separator + 1) : undefined;
	if (exec !== undefined && exec.length === 0) {
		throw new UsageError(SESSION_ARG_ERRORS.execNeedsCommand);
	}
	if (exec === undefined && separator !== -1) {
		throw new UsageError(SESSION_ARG_ERRORS.separatorWithoutExec);
	}
	return {values: parsed.values, exec};
}

function checkCodeSources(values: ReturnType<typeof parseOptions>['values']): void {
	if (values['token-code'] !== undefined && values['mfa-process'] !== undefined) {
		throw new UsageError(SESSION_ARG_ERRORS.twoCodeSources);
	}
	const code = values['token-code'];
	if (code !== undefined && !/^\d{6}$/.test(code)) {
		throw new UsageError(SESSION_ARG_ERRORS.tokenCodeShape(code));
	}
	if (values['mfa-process']?.trim() === '') throw new UsageError(SESSION_ARG_ERRORS.mfaProcessEmpty);
}

function checkRegion(region: string | undefined): void {
	if (region !== undefined && !isRegionName(region)) {
		throw new UsageError(SESSION_ARG_ERRORS.regionShape(region));
	}
}

function checkFormat(format: string | undefined): SessionFormat {
	if (format === undefined) return 'env';
	if (!(SESSION_FORMATS as readonly string[]).includes(format)) {
		throw new UsageError(SESSION_ARG_ERRORS.formatChoice(SESSION_FORMATS, format));
	}
	return format as SessionFormat;
}

/** Parses what follows `sts-mfa session`; 'help' when -h/--help was given. */
export function parseSessionArgs(argv: readonly string[]): SessionArgs | {command: 'help'; topic: string} {
	const {values, exec} = parseOptions(argv);
	if (values.help) return {command: 'help', topic: 'session'};
	checkCodeSources(values);
	checkRegion(values.region);
	const writeProfile = values['write-profile'];
	if (writeProfile !== undefined && !/^[\w.@+-]+$/.test(writeProfile)) {
		throw new UsageError(SESSION_ARG_ERRORS.writeProfileShape(writeProfile));
	}
	if (exec && (values.format !== undefined || writeProfile !== undefined)) {
		throw new UsageError(SESSION_ARG_ERRORS.execWithOutput);
	}
	return {
		command: 'session',
		profile: values.profile,
		region: values.region,
		serial: values.serial,
		durationSeconds: values.duration === undefined ? DEFAULT_DURATION : parseDuration(values.duration),
		tokenCode: values['token-code'],
		mfaProcess: values['mfa-process'],
		format: checkFormat(values.format),
		formatGiven: values.format !== undefined,
		writeProfile,
		cache: !values['no-cache'],
		refresh: values.refresh ?? false,
		exec,
		...(values.theme === undefined ? {} : {theme: themeFlag(values.theme)}),
	};
}
