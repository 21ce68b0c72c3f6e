import {parseArgs} from 'node:util';
import {UsageError} from '../errors.js';
import {parserRefusal} from '../cli/parser-refusal.js';
import {targetOf} from '../cli/target.js';
import {themeFlag, type ThemeSetting} from '../theme/choose.js';
import {CHECK_ERRORS} from '../words/check.js';
import {CLI_ARG_ERRORS} from '../words/cli-args.js';
import type {FailOn} from './output/exit.js';

export type CheckOutput = 'dashboard' | 'plain' | 'json' | 'sarif';

/** `sts-mfa check`: everything the command needs, parsed and checked. */
export interface CheckArgs {
	readonly command: 'check';
	readonly aws: boolean;
	readonly profile?: string;
	readonly region?: string;
	readonly endpoint?: string;
	readonly users: readonly string[];
	readonly roles: readonly string[];
	/** `--actions` (comma-separated) or the lines of `--actions-file`: replaces the action set. */
	readonly actions?: readonly string[];
	readonly actionsFile?: string;
	readonly output: CheckOutput;
	/** Whether the output was asked for (otherwise: the dashboard on a terminal, else plain). */
	readonly outputGiven: boolean;
	readonly failOn: FailOn;
	/** Offline: policy documents, no AWS at all. */
	readonly policies: readonly string[];
	readonly trust?: string;
	/** The dashboard's colour theme; absent: STS_MFA_THEME, else the terminal's background (auto). */
	readonly theme?: ThemeSetting;
}

const OPTIONS = {
	help: {type: 'boolean', short: 'h', default: false},
	aws: {type: 'boolean', default: false},
	profile: {type: 'string'},
	region: {type: 'string'},
	endpoint: {type: 'string'},
	user: {type: 'string', multiple: true},
	role: {type: 'string', multiple: true},
	actions: {type: 'string'},
	'actions-file': {type: 'string'},
	plain: {type: 'boolean', default: false},
	json: {type: 'boolean', default: false},
	format: {type: 'string'},
	'fail-on': {type: 'string'},
	policy: {type: 'string', multiple: true},
	trust: {type: 'string'},
	theme: {type: 'string'},
} as const;

const IAM_NAME = /^[\w+=,.@-]{1,128}$/;
const ACTION = /^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/;

/** Parses `check`'s flags; `help` when -h was given. `--policy a.json b.json` takes the words after it too. */
export function parseCheckArgs(
	argv: readonly string[],
): CheckArgs | {readonly command: 'help'; readonly topic: 'check'} {
	let parsed: ReturnType<typeof parseArgs<{args: string[]; options: typeof OPTIONS; allowPositionals: true}>>;
	try {
		parsed = parseArgs({args: [...argv], options: OPTIONS, strict: true, allowPositionals: true});
	} catch (error) {
		throw new UsageError(CLI_ARG_ERRORS.inCommand(parserRefusal(error), 'check'));
	}
	const {values, positionals} = parsed;
	if (values.help) return {command: 'help', topic: 'check'};
	const policies = [...(values.policy ?? []), ...positionals];
	if (positionals.length > 0 && values.policy === undefined)
		throw new UsageError(CHECK_ERRORS.unexpectedWord(positionals[0] ?? ''));
	checkTarget(values, policies);
	return {
		command: 'check',
		aws: values.aws ?? false,
		...optional('profile', values.profile),
		...optional('region', values.region),
		...optional('endpoint', values.endpoint),
		users: names('--user', values.user),
		roles: names('--role', values.role),
		...actionsOf(values.actions, values['actions-file']),
		...outputOf(values, policies.length > 0),
		failOn: failOn(values['fail-on']),
		policies,
		...optional('trust', values.trust),
		...(values.theme === undefined ? {} : {theme: themeFlag(values.theme)}),
	};
}

const optional = <K extends string>(key: K, value: string | undefined) =>
	(value === undefined ? {} : {[key]: value}) as Partial<Record<K, string>>;

function checkTarget(
	values: {
		aws?: boolean;
		endpoint?: string;
		profile?: string;
		region?: string;
		user?: string[];
		role?: string[];
		trust?: string;
	},
	policies: readonly string[],
): void {
	if (values.trust !== undefined && policies.length === 0) throw new UsageError(CHECK_ERRORS.trustWithoutPolicy);
	if (policies.length > 0 && (values.aws || values.endpoint || values.user || values.role))
		throw new UsageError(CHECK_ERRORS.policyWithTarget);
	targetOf(values);
}

function names(flag: string, given: readonly string[] | undefined): string[] {
	for (const name of given ?? []) if (!IAM_NAME.test(name)) throw new UsageError(CHECK_ERRORS.nameInvalid(flag, name));
	return [...(given ?? [])];
}

function actionsOf(list: string | undefined, file: string | undefined): {actions?: string[]; actionsFile?: string} {
	if (list !== undefined && file !== undefined) throw new UsageError(CHECK_ERRORS.actionsBoth);
	if (file !== undefined) return {actionsFile: file};
	if (list === undefined) return {};
	return {actions: actionList(list.split(','))};
}

/** The names of `--actions` or of an actions file (one a line, # comments), checked. */
export function actionList(words: readonly string[]): string[] {
	const actions = words.map((word) => word.trim()).filter((word) => word !== '' && !word.startsWith('#'));
	if (actions.length === 0) throw new UsageError(CHECK_ERRORS.actionsEmpty);
	for (const action of actions)
		if (!ACTION.test(action) && action !== '*') throw new UsageError(CHECK_ERRORS.actionInvalid(action));
	return actions;
}

function outputOf(
	values: {plain?: boolean; json?: boolean; format?: string},
	offline: boolean,
): {output: CheckOutput; outputGiven: boolean} {
	if (values.format !== undefined && values.format !== 'sarif')
		throw new UsageError(CHECK_ERRORS.format(values.format));
	const chosen = [values.plain && 'plain', values.json && 'json', values.format && 'sarif'].filter(
		Boolean,
	) as CheckOutput[];
	if (chosen.length > 1) throw new UsageError(CHECK_ERRORS.outputsTogether);
	if (chosen[0] === 'sarif' && !offline) throw new UsageError(CHECK_ERRORS.sarifNeedsPolicy);
	return {output: chosen[0] ?? 'dashboard', outputGiven: chosen.length > 0};
}

function failOn(value: string | undefined): FailOn {
	if (value === undefined) return 'high';
	if (value === 'high' || value === 'medium' || value === 'low' || value === 'none') return value;
	throw new UsageError(CHECK_ERRORS.failOn(value));
}
