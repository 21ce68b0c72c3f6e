import type {SimulationResult} from '../../aws/types.js';

/*
 * Why the denied step was denied, as the policy simulator answered it: the statement that decided
 * (the Deny that applied, or the Allow whose condition did not match), its condition, and the
 * request's value of the condition key the proof turns on. Plain data: the views and plain mode word it.
 */

/**
 * A condition key's value in a request, as the declaration states it: absent (a long-term key has
 * no aws:MultiFactorAuth* keys at all), a boolean, or a number of seconds (aws:MultiFactorAuthAge).
 */
export type KeyValue = 'absent' | 'false' | 'true' | {readonly seconds: number};

export interface StatementCondition {
	/** The condition operator, e.g. "Bool" or "BoolIfExists". */
	readonly operator: string;
	readonly key: string;
	readonly value: string;
}

export interface DecidingStatement {
	/** Which policy holds it, as the simulator named it (an inline policy's name, PolicyInputList.1). */
	readonly policyId: string;
	/** Absent when the simulator pointed at a statement the demo did not write. */
	readonly sid?: string;
	readonly effect?: 'Allow' | 'Deny';
	/** The actions it names; `not`: a NotAction, everything but these. */
	readonly actions?: {readonly not: boolean; readonly names: readonly string[]};
	readonly condition?: StatementCondition;
}

export type DenialExplanation =
	| {
			readonly kind: 'simulated';
			/** The simulator's decision for the request as it was made. */
			readonly decision: SimulationResult['decision'];
			/** explicitDeny: the Deny that applied; implicitDeny: the Allow that only MFA would have matched. */
			readonly statement?: DecidingStatement;
			/** The condition key the proof turns on, and its value in the denied request. */
			readonly key: string;
			readonly keyValue: KeyValue;
			/** force-mfa: the decision had the Deny used Bool instead of BoolIfExists. */
			readonly withBool?: SimulationResult['decision'];
	  }
	/** The simulator could not be asked (e.g. the operator may not call it): the declaration's sentence stands. */
	| {readonly kind: 'unavailable'; readonly reason: string};
