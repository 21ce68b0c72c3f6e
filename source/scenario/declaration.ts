import type {ResourceKind} from '../resources/kinds.js';
import type {Effect} from './effects.js';
import type {CodePurpose, DemoNames, MfaDeviceResource, ScenarioState, StepId} from './types.js';

/*
 * A scenario is one declaration: its steps in order (id, title, explanation), the effect each step
 * performs, the inline policy it gives the demo user, and what the preflight on --aws checks.
 * The reducer, the views and plain mode read only this; adding a scenario is one file in
 * scenarios/ plus its entry in SCENARIOS, which the compiler holds to ScenarioName.
 */

export const SCENARIO_NAMES = ['session-token', 'assume-role', 'force-mfa'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** What a step cannot run without, named for the error ("the access key does not exist"). */
export interface Missing {
	readonly missing: string;
}

export type StepAction =
	/** One effect, built from what earlier steps created. */
	| {readonly kind: 'call'; readonly effect: (state: ScenarioState) => Effect | Missing}
	/** Waits for MFA code(s), then performs the effect built from them. */
	| {
			readonly kind: 'codes';
			readonly purpose: CodePurpose;
			readonly needed: 1 | 2;
			readonly effect: (state: ScenarioState, device: MfaDeviceResource, codes: readonly string[]) => Effect | Missing;
	  }
	/** The last step: delete what was created. */
	| {readonly kind: 'teardown'};

/** Something a step creates: its kind (resources/kinds.ts) and its name, from the run's names. */
export interface Creation {
	readonly kind: ResourceKind;
	readonly name: (names: DemoNames) => string;
}

export interface StepDeclaration {
	readonly id: StepId;
	/** Fits an 80-column terminal with its number and status mark (test/scenario/declarations.test.ts). */
	readonly title: string;
	readonly explanation: string;
	readonly action: StepAction;
	/**
	 * What the step creates, in the order it creates them. The confirmation, the Resources panel
	 * and the teardown plan are built from these; a step cut short may have created any of them.
	 */
	readonly creates?: readonly Creation[];
}

export interface PolicyDeclaration {
	readonly name: string;
	/** The JSON, from the run's names and account (assume-role names its role's ARN). */
	readonly document: (names: DemoNames, account: string) => string;
	/** One line for the resources panel and plain mode. */
	readonly summary: string;
}

/** The propagation check: the simulator asked about this action with and without MFA present. */
export interface PropagationProbe {
	readonly action: string;
	readonly resourceArn: (state: ScenarioState) => string;
	/** What the simulator must answer without MFA once the policy is in force. */
	readonly withoutMfa: 'allowed' | 'denied';
}

/**
 * How the denial is explained: the policy simulator is asked about the denied request, with the
 * request's value of aws:MultiFactorAuthPresent, and says which statement decided.
 */
export interface DenialProbe {
	/**
	 * principal: the demo user's own policies (SimulatePrincipalPolicy). trust: the role's trust
	 * statement, given as a policy (SimulateCustomPolicy; docs/scenarios.md says why not as ResourcePolicy).
	 */
	readonly policies: 'principal' | 'trust';
	readonly action: string;
	readonly resourceArn: (state: ScenarioState) => string;
	/** The denied request's aws:MultiFactorAuthPresent: false for a session without MFA, absent for a long-term key. */
	readonly keyValue: 'absent' | 'false';
	/** force-mfa: the same policy with Bool where it has BoolIfExists, simulated too (the documented mistake). */
	readonly withBool?: string;
}

/** How result lines name the two requests that prove the point: "Long-term key: ListBuckets". */
export interface ProvingRequests {
	readonly denied: string;
	readonly allowed: string;
}

export interface ScenarioDeclaration {
	readonly name: ScenarioName;
	/** One line in the first screen's picker. */
	readonly summary: string;
	readonly steps: readonly StepDeclaration[];
	/** The inline policy the demo user gets. */
	readonly userPolicy: PolicyDeclaration;
	readonly probe: PropagationProbe;
	/** The step that must be denied (without MFA) and the one that must succeed (with it). */
	readonly deniedStep: StepId;
	readonly allowedStep: StepId;
	/** Why the denial happened, in one sentence a learner follows (also the words when the simulator is unavailable). */
	readonly deniedBecause: string;
	readonly denialProbe: DenialProbe;
	readonly requests: ProvingRequests;
	/** Every IAM action the scenario performs with the operator's credentials (preflight on --aws). */
	readonly operatorActions: readonly string[];
	/**
	 * Speaker notes for each step: what to say, what to point at (words/speaker-notes.ts). Only
	 * `sts-mfa presenter` shows them, never the dashboard.
	 */
	readonly speakerNotes?: {readonly [step in StepId]?: string};
}

export function isMissing(value: Effect | Missing): value is Missing {
	return 'missing' in value;
}
