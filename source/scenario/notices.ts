import type {CodeRefusal} from './events.js';
import type {ErrorInfo, StepId, TeardownItemKind} from './types.js';

/*
 * What the status area has to say, as data: the reducer records the fact, each front end words it
 * (source/words/notices.ts). Views decide what to show by kind, never by matching sentences.
 */

export type Notice =
	/** This machine's clock is far from the server's (preflight). */
	| {readonly kind: 'clockSkew'; readonly skewMs: number}
	| {readonly kind: 'rootCaller'; readonly clockSkewMs?: number}
	| {readonly kind: 'missingPermissions'; readonly actions: readonly string[]; readonly clockSkewMs?: number}
	| {readonly kind: 'permissionsUnchecked'; readonly reason: string}
	| {readonly kind: 'preflightFailed'; readonly error: ErrorInfo}
	| {readonly kind: 'nothingCreated'}
	| {readonly kind: 'askingAuthenticator'}
	| {readonly kind: 'authenticatorWaiting'; readonly seconds: number}
	| {readonly kind: 'codeRefused'; readonly refusal: CodeRefusal}
	/** The scenario's denial happened, for the reason its declaration gives. */
	| {readonly kind: 'deniedAsExpected'}
	| {readonly kind: 'stepFailed'; readonly step: StepId; readonly error: ErrorInfo}
	| {readonly kind: 'stillTearingDown'}
	/** A signal asked to quit: the teardown has this long before sts-mfa leaves anyway. */
	| {readonly kind: 'teardownDeadline'; readonly seconds: number}
	| {readonly kind: 'leftBehind'; readonly items: readonly {readonly kind: TeardownItemKind; readonly id: string}[]}
	/** Unattended: earlier runs' leftovers are mentioned, not deleted. */
	| {readonly kind: 'leftoversRemain'; readonly count: number}
	| {readonly kind: 'leftoversUnchecked'; readonly reason: string}
	| {readonly kind: 'leftoversDeleted'; readonly count: number}
	| {readonly kind: 'leftoversNotDeleted'; readonly count: number; readonly reason: string}
	| {readonly kind: 'leftoversKept'; readonly count: number};

export type NoticeKind = Notice['kind'];
export type NoticeLevel = 'info' | 'warn' | 'error';

/** How loud each notice is; a complete table, so a new kind must say. */
export const NOTICE_LEVELS: {readonly [K in NoticeKind]: NoticeLevel} = {
	clockSkew: 'warn',
	rootCaller: 'warn',
	missingPermissions: 'warn',
	permissionsUnchecked: 'info',
	preflightFailed: 'error',
	nothingCreated: 'info',
	askingAuthenticator: 'info',
	authenticatorWaiting: 'info',
	codeRefused: 'warn',
	deniedAsExpected: 'info',
	stepFailed: 'error',
	stillTearingDown: 'warn',
	teardownDeadline: 'warn',
	leftBehind: 'error',
	leftoversRemain: 'warn',
	leftoversUnchecked: 'info',
	leftoversDeleted: 'info',
	leftoversNotDeleted: 'warn',
	leftoversKept: 'info',
};

/** Why typed code(s) were not accepted: not even sent (format), or refused by AWS. */
export type CodeProblem = 'notSixDigits' | CodeRefusal;
