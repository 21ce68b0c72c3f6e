import {say} from './language.js';
import {describeLeftBehind} from '../words/resources.js';
import {clockSkewWarning} from '../scenario/clock.js';
import type {ScenarioDeclaration} from '../scenario/declaration.js';
import {type CodeProblem, NOTICE_LEVELS, type Notice, type NoticeLevel} from '../scenario/notices.js';

/*
 * The words for the scenario's notices, shared by the dashboard and plain mode: one source for
 * each explanation. A front end that needs other words for a kind handles that kind first.
 */

const CLEANUP_HINT = "run 'sts-mfa cleanup' to delete them";

const CODE_PROBLEMS: {readonly [P in CodeProblem]: string} = {
	notSixDigits: 'An MFA code is exactly 6 digits.',
	invalid:
		"Code not valid for this device: check that the authenticator scanned this run's QR code and that its clock is right, then type the current code.",
	reused: 'That code was already used; wait for the next code (a new one appears every 30 seconds).',
	notConsecutive: 'The two codes are not consecutive: type the current code, then wait for the next one and type that.',
};

export function codeProblemText(problem: CodeProblem): string {
	return CODE_PROBLEMS[problem];
}

function resources(count: number): string {
	return count === 1 ? '1 resource' : `${count} resources`;
}

function withSkew(text: string, skewMs: number | undefined): string {
	const skew = clockSkewWarning(skewMs);
	return skew ? `${text} ${skew}` : text;
}

type Words = {
	readonly [K in Notice['kind']]: (notice: Extract<Notice, {kind: K}>, scenario: ScenarioDeclaration) => string;
};

const WORDS: Words = {
	clockSkew: ({skewMs}) => clockSkewWarning(skewMs) ?? '',
	rootCaller: ({clockSkewMs}) =>
		withSkew(
			'You are signed in as the account root user: use an IAM user or role with IAM permissions instead where you can.',
			clockSkewMs,
		),
	missingPermissions: ({actions, clockSkewMs}) =>
		[`Missing permissions: ${actions.join(', ')}`, clockSkewWarning(clockSkewMs)].filter(Boolean).join('. '),
	permissionsUnchecked: ({reason}) => `Could not check permissions in advance (${reason}); continuing.`,
	preflightFailed: ({error}) => error.message,
	nothingCreated: () => 'Nothing was created.',
	askingAuthenticator: () => 'Asking the built-in authenticator for the code(s)…',
	authenticatorWaiting: ({seconds}) =>
		`The built-in authenticator is waiting ${seconds} s for a fresh code (the last one was already used).`,
	codeRefused: ({refusal}) => codeProblemText(refusal),
	deniedAsExpected: (_notice, scenario) => say(scenario.deniedBecause),
	stepFailed: ({error}) => error.message,
	stillTearingDown: () =>
		'Still tearing down; sts-mfa exits as soon as everything is deleted (q or Ctrl-C: leave now).',
	teardownDeadline: ({seconds}) =>
		`Tearing down for at most ${seconds} s, then sts-mfa leaves and keeps the journal of anything left (Ctrl-C again: leave now).`,
	leftBehind: ({items}) => describeLeftBehind(items),
	leftoversRemain: ({count}) =>
		`${resources(count)} left by earlier runs ${count === 1 ? 'is' : 'are'} still on this target: ${CLEANUP_HINT}.`,
	leftoversUnchecked: ({reason}) => `Could not look for leftovers of earlier runs (${reason}); continuing.`,
	leftoversDeleted: ({count}) => `Deleted the ${resources(count)} earlier runs left behind.`,
	leftoversNotDeleted: ({count, reason}) =>
		`Could not delete ${resources(count)} left by earlier runs (${reason}); ${CLEANUP_HINT} later.`,
	leftoversKept: ({count}) =>
		`Left ${resources(count)} from earlier runs in place; 'sts-mfa cleanup' deletes them later.`,
};

export interface NoticeWords {
	readonly level: NoticeLevel;
	readonly text: string;
}

export function noticeWords<K extends Notice['kind']>(
	notice: Extract<Notice, {kind: K}> & {readonly kind: K},
	scenario: ScenarioDeclaration,
): NoticeWords {
	const words: (notice: Extract<Notice, {kind: K}>, scenario: ScenarioDeclaration) => string = WORDS[notice.kind];
	return {level: NOTICE_LEVELS[notice.kind], text: words(notice, scenario)};
}
