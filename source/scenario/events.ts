import type {Bucket, CallerIdentity, IamUser, SessionCredentials, TraceEntry} from '../aws/types.js';
import type {Secret} from '../secret.js';
import type {AttackEvent} from './attack/types.js';
import type {DenialExplanation} from './denial/types.js';
import type {ErrorInfo, Leftover, StepId, TeardownItemKind, UiEvent} from './types.js';

/** Why AWS refused MFA codes, worked out locally from the seed and the steps already accepted. */
export type CodeRefusal = 'invalid' | 'reused' | 'notConsecutive';

/** Facts the runner reports: the outcome of an effect, or something that happened around it. */
export type RunnerEvent =
	| AttackEvent
	| {readonly type: 'identityResolved'; readonly identity: CallerIdentity; readonly clockSkewMs?: number}
	| {readonly type: 'permissionsChecked'; readonly missing: readonly string[]}
	| {readonly type: 'permissionsUnchecked'; readonly reason: string}
	| {readonly type: 'preflightFailed'; readonly error: ErrorInfo}
	| {readonly type: 'leftoversFound'; readonly items: readonly Leftover[]}
	| {readonly type: 'leftoversUnchecked'; readonly reason: string}
	| {readonly type: 'leftoverDeleted'; readonly kind: Leftover['kind']; readonly id: string; readonly error?: string}
	/** Every leftover was tried; `error` when the deletion stopped early (the rest is left). */
	| {readonly type: 'leftoversDeleted'; readonly error?: string}
	| {readonly type: 'userCreated'; readonly user: IamUser}
	| {readonly type: 'mfaDeviceCreated'; readonly serialNumber: string; readonly seed: Secret}
	| {readonly type: 'mfaDeviceEnabled'; readonly acceptedStep?: number}
	| {readonly type: 'mfaCodesRejected'; readonly refusal: CodeRefusal; readonly error: ErrorInfo}
	| {readonly type: 'accessKeyCreated'; readonly accessKeyId: string; readonly secretAccessKey: Secret}
	| {readonly type: 'userPolicyPut'}
	| {
			readonly type: 'roleCreated';
			readonly role: {readonly roleName: string; readonly arn: string; readonly trustPolicy: string};
			readonly managedPolicy: {readonly policyName: string; readonly arn: string; readonly document: string};
	  }
	| {
			readonly type: 'propagationChecked';
			readonly keyWorks: boolean;
			readonly policyInForce: boolean;
			readonly lastError?: string;
	  }
	| {
			readonly type: 'listingWithoutMfaDenied';
			readonly errorCode?: string;
			readonly message: string;
			/** Absent when the request was signed with the long-term key (no session). */
			readonly sessionExpiration?: Date;
	  }
	| {readonly type: 'listingWithoutMfaAllowed'; readonly buckets: readonly Bucket[]; readonly sessionExpiration?: Date}
	| {
			readonly type: 'listingWithMfaSucceeded';
			readonly buckets: readonly Bucket[];
			readonly sessionAccessKeyId: string;
			readonly expiration: Date;
			readonly acceptedStep?: number;
			/** assume-role: arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION. */
			readonly assumedRoleArn?: string;
			/** The MFA session itself, kept in memory for a request made with it later (its secrets redact themselves). */
			readonly session?: SessionCredentials;
	  }
	/** The same MFA session asked again once its MFA had aged: denied, or (wrongly) allowed. */
	| {
			readonly type: 'listingAfterMfaAge';
			readonly denied: boolean;
			readonly ageSeconds: number;
			readonly errorCode?: string;
	  }
	/** The simulator's reasons for the denial, or why it could not be asked. */
	| {readonly type: 'denialExplained'; readonly explanation: DenialExplanation}
	| {readonly type: 'stepFailed'; readonly step: StepId; readonly error: ErrorInfo}
	| {readonly type: 'codesGenerated'; readonly codes: readonly string[]}
	| {readonly type: 'authenticatorWaiting'; readonly readyAt: number}
	| {
			readonly type: 'teardownItemFinished';
			readonly kind: TeardownItemKind;
			readonly id: string;
			readonly error?: string;
	  }
	| {readonly type: 'traceRecorded'; readonly entry: TraceEntry};

export type ScenarioEvent = UiEvent | RunnerEvent;
