import type {AttackOutcome} from './attack/types.js';
import type {CodeRefusal} from './events.js';
import type {DeletionKind} from '../resources/kinds.js';
import type {Bilingual} from '../words/language.js';
import {failureText} from '../words/failures.js';
import type {ErrorInfo, StepId} from './types.js';

/*
 * Why the reducer itself ends a step in failure, as data. An AWS error reaches a step as AWS worded
 * it; these are the failures the demo decides, each worded in words/failures.ts (both languages)
 * and carried on the step's error, so a test or a view can tell them apart without reading a sentence.
 */
export type StepFailure =
	/** Something an earlier step creates does not exist (the step asked again after a failure). */
	| {readonly kind: 'missingResource'; readonly what: Bilingual}
	/** The phase named a step the scenario does not declare. */
	| {readonly kind: 'undeclaredStep'; readonly step: StepId}
	/** Plain mode's input ended while a code was asked for. */
	| {readonly kind: 'inputEnded'}
	/** The request that had to be denied was allowed: the endpoint does not enforce the declared key. */
	| {readonly kind: 'notProvedWithoutMfa'; readonly key: string}
	/** The request the mistaken policy must let through was denied: the mistake could not be shown. */
	| {readonly kind: 'bypassNotShown'; readonly key: string}
	/** The aged MFA session was still allowed. */
	| {readonly kind: 'mfaAgeNotEnforced'; readonly ageSeconds: number}
	/** An attack was answered otherwise than AWS answers it today. */
	| {readonly kind: 'attackNotAsExpected'; readonly outcome: AttackOutcome}
	/** IAM did not propagate the key and the policy before the deadline. */
	| {
			readonly kind: 'propagationTimeout';
			readonly seconds: number;
			readonly attempts: number;
			readonly keyWorks: boolean;
			readonly policyInForce: boolean;
			readonly lastError?: string;
	  }
	/** AWS refused the built-in authenticator's code(s): no one is there to type another. */
	| {readonly kind: 'autoCodeRefused'; readonly refusal: CodeRefusal}
	/** Teardown tried every item and some could not be deleted. */
	| {readonly kind: 'leftBehind'; readonly items: readonly {readonly kind: DeletionKind; readonly id: string}[]}
	/** The user left before teardown finished. */
	| {readonly kind: 'teardownAbandoned'};

export type StepFailureKind = StepFailure['kind'];

/** Each failure's stable code (--json and the journal read codes, never sentences). */
export const FAILURE_CODES: {readonly [K in StepFailureKind]: string} = {
	missingResource: 'Scenario.missingResource',
	undeclaredStep: 'Scenario.undeclaredStep',
	inputEnded: 'Scenario.inputEnded',
	notProvedWithoutMfa: 'Scenario.notProved',
	mfaAgeNotEnforced: 'Scenario.notProved',
	bypassNotShown: 'Scenario.notProved',
	attackNotAsExpected: 'Scenario.notProved',
	propagationTimeout: 'Scenario.propagationTimeout',
	autoCodeRefused: 'Scenario.codeRefused',
	leftBehind: 'Scenario.leftBehind',
	teardownAbandoned: 'Scenario.teardownAbandoned',
};

/** The step's error for `reason`, worded in the language in force; AWS's own code is kept when AWS answered. */
export function failure(reason: StepFailure, answered?: ErrorInfo): ErrorInfo {
	return {
		code: answered?.code ?? FAILURE_CODES[reason.kind],
		...(answered?.awsCode ? {awsCode: answered.awsCode} : {}),
		message: failureText(reason),
		reason,
	};
}
