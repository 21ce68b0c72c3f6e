import type {Bucket, CallerIdentity, IamUser, SessionCredentials, Tag, TraceEntry} from '../aws/types.js';
import type {DeletionKind, ResourceKind} from '../resources/kinds.js';
import type {StepFailure} from './failures.js';
import type {Secret} from '../secret.js';
import type {AttackOutcome, AttackResources, Detection} from './attack/types.js';
import type {ScenarioName} from './declaration.js';
import type {DenialExplanation} from './denial/types.js';
import type {CodeProblem, Notice} from './notices.js';

/*
 * The contract between the scenario (a pure state machine), its runner, and the views.
 * Views read ScenarioState and dispatch only UiEvents; the runner performs Effects and feeds back
 * the other events. Nothing here holds a promise or a client.
 */

/**
 * A step's id, as its scenario declares it (scenarios/). Shared steps keep one id in every
 * scenario; nothing outside scenario/ names the id of one scenario's step.
 */
export type StepId = string;

export type StepStatus = 'pending' | 'running' | 'done' | 'failed' | 'skipped';

export interface ErrorInfo {
	/** Our stable code (AwsError.code, StsMfaError.code). */
	readonly code: string;
	/** AWS's error code when AWS answered, e.g. "InvalidAuthenticationCode". */
	readonly awsCode?: string;
	/** One line for people; never contains a secret. */
	readonly message: string;
	/** Why, as data, when the demo itself failed the step (not AWS). */
	readonly reason?: StepFailure;
}

export interface StepProgress {
	readonly status: StepStatus;
	/** Epoch ms when the step last started. */
	readonly startedAt?: number;
	/** How long the step's last run took. */
	readonly ms?: number;
	readonly error?: ErrorInfo;
}

export type TargetKind = 'sandbox' | 'aws' | 'endpoint';

export interface Target {
	readonly kind: TargetKind;
	readonly region: string;
	readonly endpoint?: string;
	readonly profile?: string;
}

/** Names of everything a run creates: one recognisable IAM path, a run id in every name and tag. */
export interface DemoNames {
	readonly runId: string;
	readonly path: string;
	readonly userName: string;
	readonly deviceName: string;
	readonly policyName: string;
	/** assume-role: the role the user may assume with MFA, and the managed policy attached to it. */
	readonly roleName: string;
	readonly managedPolicyName: string;
	readonly tags: readonly Tag[];
}

export interface MfaDeviceResource {
	readonly serialNumber: string;
	readonly seed: Secret;
	/** otpauth:// URI the QR code encodes (contains the seed, hence a Secret). */
	readonly otpauthUri: Secret;
	readonly enabled: boolean;
	/** The last TOTP time step AWS accepted for this device; a code for it or earlier is refused. */
	readonly lastAcceptedStep?: number;
}

export interface Resources {
	readonly user?: IamUser;
	readonly mfaDevice?: MfaDeviceResource;
	readonly accessKey?: {readonly accessKeyId: string; readonly secretAccessKey: Secret};
	readonly policy?: {readonly policyName: string; readonly document: string; readonly inForce: boolean};
	readonly role?: {readonly roleName: string; readonly arn: string; readonly trustPolicy: string};
	readonly managedPolicy?: {readonly policyName: string; readonly arn: string; readonly document: string};
	/** stolen-key: the second user and the attacker's devices. */
	readonly attack?: AttackResources;
}

export interface Results {
	/** The step that must be denied: a request without MFA (a session without a code, the long-term key). */
	readonly withoutMfa?: {
		readonly denied: boolean;
		readonly errorCode?: string;
		readonly message?: string;
		readonly sessionExpiration?: Date;
		/** Only when the listing was (wrongly) allowed. */
		readonly buckets?: readonly Bucket[];
		/** Why it was denied, once the policy simulator has answered (or could not be asked). */
		readonly explanation?: DenialExplanation;
	};
	/** The step that must succeed: a session obtained with a fresh MFA code, then ListBuckets with it. */
	readonly withMfa?: {
		readonly buckets: readonly Bucket[];
		readonly sessionAccessKeyId: string;
		readonly expiration: Date;
		/** assume-role: arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION. */
		readonly assumedRoleArn?: string;
		/** When the MFA code was accepted (epoch ms): the session's MFA age counts from here. */
		readonly mfaAt?: number;
		/** The session, in memory only, for a request made with it later. */
		readonly session?: SessionCredentials;
	};
	/** A scenario with a bypass step: what the request without MFA listed while the mistaken policy was in force. */
	readonly bypass?: {readonly buckets: readonly Bucket[]};
	/** A scenario with an MFA age limit: the same session asked again once its MFA was older. */
	readonly afterMfaAge?: {readonly denied: boolean; readonly ageSeconds: number; readonly errorCode?: string};
	/** stolen-key: each attack step's outcome, by step. */
	readonly attacks?: Readonly<Record<StepId, AttackOutcome>>;
	/** stolen-key: what CloudTrail recorded of the attack calls. */
	readonly detection?: Detection;
}

export type CodePurpose = 'enable' | 'session';

export interface CodeEntry {
	readonly purpose: CodePurpose;
	/** How many codes this step needs in all: 2 to enable, 1 for the session. */
	readonly needed: 1 | 2;
	/** Codes typed so far for this attempt. */
	readonly codes: readonly string[];
	/** Why the last attempt was not accepted, shown above the input. */
	readonly error?: CodeProblem;
	/** The built-in authenticator is waiting for a fresh code until this epoch ms (for a countdown). */
	readonly autoCodeReadyAt?: number;
}

export interface Propagation {
	readonly startedAt: number;
	readonly deadline: number;
	readonly attempts: number;
	readonly keyWorks: boolean;
	readonly policyInForce: boolean;
	readonly lastError?: string;
	/** When the check found both in force: what the wait took. */
	readonly settledAt?: number;
}

export type TeardownReason = 'finished' | 'requested' | 'quit' | 'failed' | 'signal' | 'error';

/** One deletion call of teardown: the table of kinds (resources/kinds.ts) gives its order and words. */
export type TeardownItemKind = DeletionKind;

export interface TeardownItem {
	readonly kind: TeardownItemKind;
	/** Policy name or ARN, access key id, device serial, user or role name. */
	readonly id: string;
	readonly status: 'pending' | 'running' | 'done' | 'failed';
	readonly error?: string;
	/** Planned only because a create was cut short: it may never have existed (knownLeftBehind). */
	readonly uncertain?: boolean;
	/** The user the item belongs to when it is not the demo user (stolen-key's second user). */
	readonly userName?: string;
}

export interface Teardown {
	readonly reason?: TeardownReason;
	readonly items: readonly TeardownItem[];
	/** True once every item is done (or there was nothing to delete). */
	readonly completed: boolean;
	/** The user left before it finished (a second Ctrl-C, or q during teardown): the rest is left, the journal kept. */
	readonly abandoned?: boolean;
}

/** Something an earlier run left on this target, as the start-up offer lists and deletes it. */
export interface Leftover {
	/**
	 * One row per resource (resources/plan.ts): an enabled MFA device is one row, deactivated then
	 * deleted; a role is one row, its managed policies detached first.
	 */
	readonly kind: ResourceKind;
	/** Policy name or ARN, access key id, device serial, user or role name. */
	readonly id: string;
	/** The user the item belongs to, for everything but users and unassigned devices. */
	readonly userName?: string;
}

export interface LeftoverProgress extends Leftover {
	readonly status: 'found' | 'deleted' | 'failed';
	readonly error?: string;
}

export type Phase =
	// the dashboard's first screen when no --scenario was given: which scenario to run
	| {readonly kind: 'choosing'}
	// resolving the caller identity (and, on AWS, permissions), then looking for leftovers of earlier runs
	| {readonly kind: 'preflight'; readonly searchingLeftovers?: boolean}
	// earlier runs left resources behind: offered for deletion before anything is created
	| {readonly kind: 'leftovers'; readonly items: readonly LeftoverProgress[]; readonly deleting: boolean}
	| {readonly kind: 'confirm'} // waiting for the user to agree before anything is created
	| {readonly kind: 'ready'; readonly next: StepId} // waiting for Enter to run `next`
	| {readonly kind: 'running'; readonly step: StepId}
	// a step declared with a 'codes' action waits for them
	| {readonly kind: 'codeEntry'; readonly step: StepId; readonly entry: CodeEntry}
	| {readonly kind: 'failed'; readonly step: StepId; readonly error: ErrorInfo}
	| {readonly kind: 'tearingDown'; readonly exitAfter: boolean}
	| {readonly kind: 'finished'} // teardown ran (or nothing was created); the summary is on screen
	| {readonly kind: 'exiting'; readonly exitCode: number};

export interface ScenarioOptions {
	/** Use the built-in authenticator for every code without asking. */
	readonly autoMfa: boolean;
	/** Skip the confirmation before creating resources. */
	readonly assumeYes: boolean;
	/** Run steps one after another without waiting for Enter (plain mode). */
	readonly autoAdvance: boolean;
	/** Propagation deadline in ms. */
	readonly propagationTimeoutMs: number;
	/**
	 * Before anything is created on --aws/--endpoint, look for what earlier runs left there: offered
	 * for deletion on the dashboard, mentioned (with `sts-mfa cleanup`) when unattended.
	 */
	readonly lookForLeftovers?: boolean;
}

export interface ScenarioState {
	/** Which declaration (scenarios/) the run follows. */
	readonly scenario: ScenarioName;
	readonly target: Target;
	readonly options: ScenarioOptions;
	readonly names: DemoNames;
	readonly identity?: CallerIdentity;
	readonly preflight?: {
		readonly missingPermissions: readonly string[];
		readonly isRoot: boolean;
		/** Server clock minus this machine's, from the first answer's Date header. */
		readonly clockSkewMs?: number;
	};
	readonly phase: Phase;
	/** Every step id has an entry; only the scenario's declared steps ever leave 'pending'. */
	readonly steps: Readonly<Record<StepId, StepProgress>>;
	readonly resources: Resources;
	readonly results: Results;
	readonly propagation?: Propagation;
	readonly teardown: Teardown;
	/** Most recent AWS calls, oldest first, bounded. */
	readonly trace: readonly TraceEntry[];
	/** What the status area has to say (e.g. why a code was refused), as data the front ends word. */
	readonly notice?: Notice;
}

/** What the views may dispatch: key presses translated into facts about the user's intent. */
export type UiEvent =
	| {readonly type: 'confirmed'}
	| {readonly type: 'declined'}
	| {readonly type: 'nextRequested'}
	| {readonly type: 'retryRequested'}
	| {readonly type: 'teardownRequested'}
	/** `deadlineSeconds`: a signal asked, and sts-mfa leaves that long after, torn down or not (run.tsx). */
	| {readonly type: 'quitRequested'; readonly deadlineSeconds?: number}
	/** Leave now, even mid-teardown (a stalled endpoint must not hold the terminal); elsewhere the same as quitting. */
	| {readonly type: 'teardownAbandoned'}
	| {readonly type: 'codeSubmitted'; readonly code: string}
	/** Plain mode's input ended while a code was asked for: the step failed (and the run tears down). */
	| {readonly type: 'inputEnded'}
	| {readonly type: 'autoCodesRequested'}
	| {readonly type: 'scenarioChosen'; readonly scenario: ScenarioName};

/** The running scenario as the views and the plain-mode printer see it. */
export interface ScenarioController {
	getState(): ScenarioState;
	/** Called after every state change; returns the unsubscribe function. */
	subscribe(listener: (state: ScenarioState) => void): () => void;
	dispatch(event: UiEvent): void;
	/** Settles with the process exit code once the scenario reaches 'exiting'. */
	readonly done: Promise<number>;
}

/**
 * The on-disk record of what a run created (no secrets): an intent before each create, the
 * identifiers after it, and each deletion. `sts-mfa cleanup` reads these after a crash.
 */
export interface RunJournal {
	intend(kind: JournalResourceKind, id: string): Promise<void>;
	created(kind: JournalResourceKind, id: string): Promise<void>;
	deleted(kind: JournalResourceKind, id: string): Promise<void>;
	/** Marks the run as fully torn down (the journal can then be removed). */
	complete(): Promise<void>;
}

/**
 * Finds and deletes what earlier runs left on the target (from their journals and by the demo's
 * IAM path and tag). The runner keeps one per run; what `find` found is what `deleteFound` deletes.
 */
export interface LeftoverCleanup {
	/** In deletion order; empty when nothing is left. */
	find(account: string, signal: AbortSignal): Promise<readonly Leftover[]>;
	/** Reports each item as it is deleted (or fails); "already gone" counts as deleted. */
	deleteFound(onProgress: (item: Leftover, error?: string) => void, signal: AbortSignal): Promise<void>;
}

/** The journal records the resources themselves (resources/kinds.ts). */
export type JournalResourceKind = ResourceKind;
