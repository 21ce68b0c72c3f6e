import type {Bucket, SimulationResult, TrailRecord} from '../../aws/types.js';
import type {Secret} from '../../secret.js';
import type {StepId} from '../types.js';

/*
 * The stolen-key scenario's second part: an attacker holding only a user's access key. What each of
 * the attacker's moves did, what it left behind, and what CloudTrail recorded of it. Plain data:
 * the views, plain mode and --json word it (words/attack.ts).
 */

/** Each move of the attack, one step each (scenarios/stolen-key.ts declares the order). */
export type AttackMove =
	/** The attacker removes the user's device with the key alone: the 2023 guard refuses it. */
	| 'deactivateUsersDevice'
	/** The attacker creates a device of their own and enables it for the user: the guard refuses the enabling. */
	| 'enrolSecondDevice'
	/** The operator creates a second user with the same policy and a key, and no device yet. */
	| 'newcomerWithKey'
	/** The gap: the attacker enrols the newcomer's first device, gets an MFA session, lists the buckets. */
	| 'enrolFirstDevice'
	/** The fix: a Deny on enrolling with a long-term key; the same enrolment is refused. */
	| 'applyFix'
	/** What CloudTrail recorded of each attack call, looked up by the key that made it. */
	| 'lookUpEvents';

/** Which rule decided a move: AWS's 2023 guard, a statement of the policy, or nothing (it went through). */
export type DecidingRule = 'guard2023' | 'policy' | 'none';

/** An attack call a defender would look for in CloudTrail: its eventName and the key that signed it. */
export interface AttackCall {
	readonly eventName: string;
	readonly accessKeyId: string;
}

export interface AttackOutcome {
	readonly move: AttackMove;
	/** Refused (AccessDenied) or let through. */
	readonly refused: boolean;
	readonly errorCode?: string;
	readonly rule: DecidingRule;
	/** The deciding statement's Sid when a policy statement decided. */
	readonly sid?: string;
	/** The simulator on the policy in force: a guard refusal with 'allowed' here is the policy's gap. */
	readonly policyDecision?: SimulationResult['decision'];
	/** The same request under today's policy from the IAM User Guide. */
	readonly userGuideDecision?: SimulationResult['decision'];
	/** The gap: what the attacker's MFA session listed. */
	readonly buckets?: readonly Bucket[];
	/** The gap: the attacker's MFA session (its id, never its secret). */
	readonly session?: {readonly accessKeyId: string; readonly expiration: Date};
	/** The calls a defender finds in CloudTrail, in the order made. */
	readonly calls: readonly AttackCall[];
}

/** A virtual MFA device the attacker created; `userName` once it is enabled for a user. */
export interface AttackerDevice {
	readonly serialNumber: string;
	/** The step that created it: its teardown plans the device's deletion. */
	readonly step: StepId;
	readonly userName?: string;
}

/** The second user, whose key leaks before their first device. */
export interface Newcomer {
	readonly userName: string;
	readonly arn: string;
	readonly policyName: string;
	readonly policyPut: boolean;
	readonly accessKey?: {readonly accessKeyId: string; readonly secretAccessKey: Secret};
}

export interface AttackResources {
	readonly devices: readonly AttackerDevice[];
	readonly newcomer?: Newcomer;
}

/** One attack call and the record CloudTrail gave for it (none yet: AWS delivers within about 15 minutes). */
export interface FoundEvent {
	readonly step: StepId;
	readonly call: AttackCall;
	readonly record?: TrailRecord;
}

export interface Detection {
	readonly events: readonly FoundEvent[];
	/** The access keys looked up, each one `aws cloudtrail lookup-events` command. */
	readonly keys: readonly string[];
	/** Records that did not have a CloudTrail record's shape: counted, never shown. */
	readonly unreadable: number;
}

export type AttackEffect = {readonly type: 'attack'; readonly step: StepId; readonly move: AttackMove};

export type AttackEvent =
	/** Something the attack created, reported at once so that teardown knows of it even if the step then fails. */
	| {
			readonly type: 'attackCreated';
			readonly device?: AttackerDevice;
			readonly newcomer?: Newcomer;
			/** A device the run deleted itself (the fix let a create through before it was in force). */
			readonly removed?: string;
	  }
	| {readonly type: 'attackAnswered'; readonly step: StepId; readonly outcome: AttackOutcome}
	| {readonly type: 'eventsFound'; readonly step: StepId; readonly detection: Detection};
