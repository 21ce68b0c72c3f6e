import {parseArgs, type ParseArgsConfig} from 'node:util';
import ms from 'ms';
import {type CheckArgs, parseCheckArgs} from '../check/args.js';
import {parseServeArgs, type ServeArgs} from '../serve/args.js';
import {type PresenterArgs, parsePresenterArgs} from '../presenter/args.js';
import {parseSessionArgs, type SessionArgs} from '../commands/session/args.js';
import {UsageError} from '../errors.js';
import {SCENARIO_NAMES, type ScenarioName} from '../scenario/declaration.js';
import {recordWords} from '../words/record.js';
import {themeFlag, type ThemeSetting} from '../theme/choose.js';
import {CLI_ARG_ERRORS} from '../words/cli-args.js';
import {parserRefusal} from './parser-refusal.js';
import {type TargetArgs, targetOf} from './target.js';

export type {SessionArgs} from '../commands/session/args.js';
export type {CheckArgs} from '../check/args.js';
export type {ServeArgs} from '../serve/args.js';
export type {PresenterArgs} from '../presenter/args.js';

export type {TargetArgs} from './target.js';

export interface RunArgs extends TargetArgs {
	readonly command: 'run';
	/** Which scenario to run; absent: the dashboard asks, plain mode runs session-token. */
	readonly scenario?: ScenarioName;
	readonly plain: boolean;
	readonly json: boolean;
	readonly yes: boolean;
	readonly autoMfa: boolean;
	/** Without colour the QR code uses the terminal's own colours: draw it for a light background. */
	readonly lightBackground: boolean;
	readonly propagationTimeoutSeconds: number;
	/** Only for the embedded sandbox: simulate IAM's eventual consistency. */
	readonly propagationDelaySeconds: number;
	/** An asciicast v2 file to record the dashboard into, secrets left out. */
	readonly record?: string;
	/** Keep the QR code in the recording with --aws or --endpoint too. */
	readonly recordQr?: boolean;
	/** Lines and keys for a screen reader instead of the full-screen dashboard. */
	readonly screenReader: boolean;
	/** The colour theme; absent: STS_MFA_THEME, else the terminal's background (auto). */
	readonly theme?: ThemeSetting;
}

export interface SandboxArgs {
	readonly command: 'sandbox';
	readonly host: string;
	readonly port: number;
	readonly state?: string;
	readonly propagationDelaySeconds: number;
	readonly accountId?: string;
	readonly accessKeyId?: string;
	readonly secretAccessKey?: string;
	/** A file holding the administrator secret: unlike the flag's value, not visible to other users in `ps`. */
	readonly secretAccessKeyFile?: string;
	/** Start it in the background, print the exports once it listens, and return. */
	readonly detach: boolean;
}

export interface CleanupArgs extends TargetArgs {
	readonly command: 'cleanup';
	readonly dryRun: boolean;
	readonly yes: boolean;
	/** Resources no journal here names are deleted only when at least this old (default one hour). */
	readonly olderThanMs?: number;
	/** Runs the user names (`--run ID`): their untracked resources are deleted whatever their age. */
	readonly runs?: readonly string[];
}

export type CliArgs =
	| RunArgs
	| SandboxArgs
	| CleanupArgs
	| SessionArgs
	| CheckArgs
	| ServeArgs
	| PresenterArgs
	| {readonly command: 'help'; readonly topic?: string}
	| {readonly command: 'version'};

const COMMANDS = ['run', 'sandbox', 'cleanup', 'session', 'check', 'serve', 'presenter', 'help'] as const;

const targetOptions = {
	aws: {type: 'boolean', default: false},
	profile: {type: 'string'},
	region: {type: 'string'},
	endpoint: {type: 'string'},
} satisfies ParseArgsConfig['options'];

const commonOptions = {
	help: {type: 'boolean', short: 'h', default: false},
	version: {type: 'boolean', short: 'v', default: false},
} satisfies ParseArgsConfig['options'];

function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O, command: string) {
	try {
		return parseArgs({args: argv, options: {...commonOptions, ...options}, strict: true, allowPositionals: false});
	} catch (error) {
		// parseArgs' refusals name the flag; add which command refused it and where help is.
		throw new UsageError(CLI_ARG_ERRORS.inCommand(parserRefusal(error), command));
	}
}

function number(
	value: string | undefined,
	flag: string,
	{min, max}: {min: number; max: number},
	fallback: number,
): number {
	if (value === undefined) return fallback;
	if (!/^\d+(\.\d+)?$/.test(value.trim())) throw new UsageError(CLI_ARG_ERRORS.number(flag, value));
	const parsed = Number(value);
	if (parsed < min || parsed > max) throw new UsageError(CLI_ARG_ERRORS.range(flag, min, max, value));
	return parsed;
}

/** A duration with its unit, as cloud-nuke takes it: 30m, 2h, 1d (a bare number would be ambiguous). */
function duration(value: string, flag: string): number {
	const parsed = /^\s*\d+(\.\d+)?\s*[a-z]+\s*$/i.test(value) ? ms(value as ms.StringValue) : undefined;
	if (parsed === undefined || !Number.isFinite(parsed)) throw new UsageError(CLI_ARG_ERRORS.duration(flag, value));
	return parsed;
}

function runId(value: string): string {
	if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(value)) throw new UsageError(CLI_ARG_ERRORS.runId(value));
	return value;
}

/** The administrator secret: the flag, else a file, else the environment (the file wins over the env, being named). */
function secretSource(
	flag: string | undefined,
	file: string | undefined,
): {secretAccessKey?: string; secretAccessKeyFile?: string} {
	if (file !== undefined) return {secretAccessKeyFile: file};
	const secretAccessKey = flag ?? process.env.STS_MFA_SANDBOX_SECRET_ACCESS_KEY;
	return secretAccessKey === undefined ? {} : {secretAccessKey};
}

/** Turns argv (without node and the script) into one command, or throws a UsageError that says what is wrong. */
export function parseCli(argv: string[]): CliArgs {
	const [first, ...rest] = argv;
	const named = first !== undefined && !first.startsWith('-');
	if (named && !(COMMANDS as readonly string[]).includes(first)) {
		throw new UsageError(CLI_ARG_ERRORS.unknownCommand(first, COMMANDS));
	}
	const command = named ? (first as (typeof COMMANDS)[number]) : 'run';
	const args = named ? rest : argv;

	if (command === 'help') {
		const topic = args[0];
		if (topic !== undefined && !(COMMANDS as readonly string[]).includes(topic))
			throw new UsageError(CLI_ARG_ERRORS.noHelp(topic, COMMANDS));
		return {command: 'help', topic};
	}
	if (command === 'session') return parseSessionArgs(args);
	if (command === 'check') return parseCheckArgs(args);
	if (command === 'serve') return parseServeArgs(args);
	if (command === 'presenter') return parsePresenterArgs(args);

	if (command === 'sandbox') {
		const {values} = parse(
			args,
			{
				host: {type: 'string', default: '127.0.0.1'},
				port: {type: 'string'},
				state: {type: 'string'},
				'propagation-delay': {type: 'string'},
				'account-id': {type: 'string'},
				'access-key-id': {type: 'string'},
				'secret-access-key': {type: 'string'},
				'secret-access-key-file': {type: 'string'},
				detach: {type: 'boolean', short: 'd'},
			},
			command,
		);
		if (values.help) return {command: 'help', topic: 'sandbox'};
		if (values.version) return {command: 'version'};
		const accountId = values['account-id'] ?? process.env.STS_MFA_SANDBOX_ACCOUNT_ID;
		if (accountId !== undefined && !/^\d{12}$/.test(accountId)) {
			throw new UsageError(CLI_ARG_ERRORS.accountId(accountId));
		}
		if (values['secret-access-key'] !== undefined && values['secret-access-key-file'] !== undefined)
			throw new UsageError(CLI_ARG_ERRORS.twoSecrets);
		return {
			command,
			host: values.host ?? '127.0.0.1',
			port: number(values.port, '--port', {min: 0, max: 65_535}, 4566),
			state: values.state,
			propagationDelaySeconds: number(values['propagation-delay'], '--propagation-delay', {min: 0, max: 600}, 0),
			accountId,
			accessKeyId: values['access-key-id'] ?? process.env.STS_MFA_SANDBOX_ACCESS_KEY_ID,
			...secretSource(values['secret-access-key'], values['secret-access-key-file']),
			detach: values.detach ?? false,
		};
	}

	if (command === 'cleanup') {
		const {values} = parse(
			args,
			{
				...targetOptions,
				'dry-run': {type: 'boolean', default: false},
				yes: {type: 'boolean', short: 'y', default: false},
				'older-than': {type: 'string'},
				run: {type: 'string', multiple: true},
			},
			command,
		);
		if (values.help) return {command: 'help', topic: 'cleanup'};
		if (values.version) return {command: 'version'};
		return {
			command,
			...targetOf(values),
			dryRun: values['dry-run'] ?? false,
			yes: values.yes ?? false,
			...(values['older-than'] === undefined ? {} : {olderThanMs: duration(values['older-than'], '--older-than')}),
			...(values.run === undefined ? {} : {runs: values.run.map(runId)}),
		};
	}

	const {values} = parse(
		args,
		{
			...targetOptions,
			scenario: {type: 'string'},
			plain: {type: 'boolean', default: false},
			json: {type: 'boolean', default: false},
			yes: {type: 'boolean', short: 'y', default: false},
			'auto-mfa': {type: 'boolean', default: false},
			'light-background': {type: 'boolean', default: false},
			'propagation-timeout': {type: 'string'},
			'propagation-delay': {type: 'string'},
			record: {type: 'string'},
			'record-qr': {type: 'boolean', default: false},
			'screen-reader': {type: 'boolean', default: false},
			theme: {type: 'string'},
		},
		'run',
	);
	if (values.help) return {command: 'help', topic: named ? 'run' : undefined};
	if (values.version) return {command: 'version'};
	const targetArgs = targetOf(values);
	if (values['propagation-delay'] !== undefined && (targetArgs.aws || targetArgs.endpoint)) {
		throw new UsageError(CLI_ARG_ERRORS.propagationDelayTarget);
	}
	return {
		command: 'run',
		...targetArgs,
		...(values.scenario === undefined ? {} : {scenario: scenarioName(values.scenario)}),
		plain: values.plain ?? false,
		json: values.json ?? false,
		yes: values.yes ?? false,
		autoMfa: values['auto-mfa'] ?? false,
		lightBackground: values['light-background'] ?? false,
		screenReader: values['screen-reader'] ?? false,
		...(values.theme === undefined ? {} : {theme: themeFlag(values.theme)}),
		propagationTimeoutSeconds: number(values['propagation-timeout'], '--propagation-timeout', {min: 1, max: 3600}, 120),
		propagationDelaySeconds: number(values['propagation-delay'], '--propagation-delay', {min: 0, max: 600}, 0),
		...recording(values.record, values['record-qr'] ?? false, values.plain || values.json),
	};
}

function recording(file: string | undefined, recordQr: boolean, plain: boolean | undefined) {
	if (file === undefined && recordQr) throw new UsageError(recordWords.qrWithoutRecord);
	if (file !== undefined && plain) throw new UsageError(recordWords.needsDashboard);
	if (file === '') throw new UsageError(recordWords.needsFile);
	return {...(file === undefined ? {} : {record: file}), ...(recordQr ? {recordQr} : {})};
}

function scenarioName(value: string): ScenarioName {
	const name = SCENARIO_NAMES.find((known) => known === value);
	if (!name) throw new UsageError(CLI_ARG_ERRORS.scenario(SCENARIO_NAMES, value));
	return name;
}
