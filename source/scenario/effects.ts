import type {AwsCredentials, SessionCredentials, SimulationContextEntry, Tag} from '../aws/types.js';
import type {Secret} from '../secret.js';
import type {AttackEffect} from './attack/types.js';
import type {KeyValue} from './denial/types.js';
import type {CodePurpose, StepId, TeardownItemKind} from './types.js';

/*
 * What the reducer asks the runner to do: plain tagged data, so reducer tests compare them with
 * toEqual. Each effect is performed through the aws/ service layer and answered with events.
 */

/** Sessions the demo asks for last 15 minutes, the shortest STS allows: a demo needs no more. */
export const SESSION_SECONDS = 900;

export type Effect =
	| AttackEffect
	| {readonly type: 'resolveIdentity'}
	| {readonly type: 'checkPermissions'; readonly policySourceArn: string; readonly actions: readonly string[]}
	| {readonly type: 'findLeftovers'; readonly account: string}
	| {readonly type: 'deleteLeftovers'}
	| {readonly type: 'createUser'; readonly userName: string; readonly path: string; readonly tags: readonly Tag[]}
	| {
			readonly type: 'createMfaDevice';
			readonly deviceName: string;
			readonly path: string;
			readonly tags: readonly Tag[];
	  }
	| {
			readonly type: 'enableMfaDevice';
			readonly userName: string;
			readonly serialNumber: string;
			readonly codes: readonly [string, string];
	  }
	| {readonly type: 'createAccessKey'; readonly userName: string}
	| {
			readonly type: 'putUserPolicy';
			readonly userName: string;
			readonly policyName: string;
			readonly policyDocument: string;
	  }
	| {
			readonly type: 'checkPropagation';
			/** The policy step that waits for it (a failure of the check fails that step). */
			readonly step: StepId;
			readonly userArn: string;
			readonly credentials: AwsCredentials;
			readonly delayMs: number;
			/** The simulator is asked about this action on this resource, with the allowed and the denied request's context. */
			readonly action: string;
			readonly resourceArn: string;
			readonly allowedContext: readonly SimulationContextEntry[];
			readonly deniedContext: readonly SimulationContextEntry[];
			readonly withoutMfa: 'allowed' | 'denied';
	  }
	| {readonly type: 'sessionWithoutMfa'; readonly credentials: AwsCredentials; readonly durationSeconds: number}
	/** ListBuckets signed with the demo user's long-term key itself (no session at all). */
	| {readonly type: 'listWithLongTermKey'; readonly credentials: AwsCredentials}
	| {
			readonly type: 'sessionWithMfa';
			readonly credentials: AwsCredentials;
			readonly serialNumber: string;
			readonly tokenCode: string;
			readonly durationSeconds: number;
	  }
	| {
			readonly type: 'generateCodes';
			/** The step waiting for the codes (a failure of the authenticator fails it). */
			readonly step: StepId;
			readonly purpose: CodePurpose;
			readonly seed: Secret;
			readonly lastAcceptedStep?: number;
			/** Whether a code for the next time step may be used now (the target accepts one step of drift). */
			readonly allowDrift: boolean;
	  }
	/** assume-role: the managed policy, the role (with its trust policy), and the attachment. */
	| {
			readonly type: 'createRole';
			readonly roleName: string;
			readonly policyName: string;
			readonly path: string;
			readonly tags: readonly Tag[];
			readonly trustPolicy: string;
			readonly policyDocument: string;
	  }
	| {
			readonly type: 'assumeRoleWithoutMfa';
			readonly credentials: AwsCredentials;
			readonly roleArn: string;
			readonly roleSessionName: string;
			readonly durationSeconds: number;
	  }
	| {
			readonly type: 'assumeRoleWithMfa';
			readonly credentials: AwsCredentials;
			readonly roleArn: string;
			readonly roleSessionName: string;
			readonly durationSeconds: number;
			readonly serialNumber: string;
			readonly tokenCode: string;
	  }
	/**
	 * The allowed request again with the same MFA session, once its MFA is older than the
	 * declaration's limit (`readyAt`): a real wait, on AWS and on the sandbox alike.
	 */
	| {
			readonly type: 'listWithMfaSessionLater';
			readonly step: StepId;
			readonly session: SessionCredentials;
			/** When the MFA code was accepted (epoch ms), and when to ask again. */
			readonly mfaAt: number;
			readonly readyAt: number;
	  }
	/** After the denial: ask the policy simulator which statement decided (denial/). */
	| {
			readonly type: 'explainDenial';
			readonly action: string;
			readonly resourceArn: string;
			/** The condition key, its value in the denied request, and in the allowed one (asked when nothing matched). */
			readonly key: string;
			readonly keyValue: KeyValue;
			readonly allowedValue: KeyValue;
			/**
			 * The user's own policies (by ARN), or the role's trust policy (`document`) turned into
			 * the only policy: the performer parses it (it came from AWS), so the reducer never does.
			 */
			readonly ask:
				| {readonly kind: 'principal'; readonly policySourceArn: string}
				| {readonly kind: 'trust'; readonly roleArn: string};
			/** The policy text (the user's, or the role's trust policy) and the name the simulator's answer gives it. */
			readonly document: string;
			readonly policyId: string;
			/** force-mfa: the same policy with Bool instead of BoolIfExists, simulated without the key. */
			readonly withBool?: string;
	  }
	| {
			readonly type: 'deleteResource';
			readonly kind: TeardownItemKind;
			readonly id: string;
			readonly userName: string;
			readonly roleName: string;
	  };
