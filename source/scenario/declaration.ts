import type {ResourceKind} from '../resources/kinds.js';
import type {ResourcesToDelete} from '../resources/plan.js';
import type {Bilingual} from '../words/language.js';
import type {KeyValue} from './denial/types.js';
import type {Effect} from './effects.js';
import type {CodePurpose, DemoNames, MfaDeviceResource, ScenarioState, StepId} from './types.js';

/*
 * A scenario is one declaration: its steps in order (id, title, explanation), the effect each step
 * performs, the inline policy it gives the demo user, and what the preflight on --aws checks.
 * The reducer, the views, plain mode and --help read only this; adding a scenario is one file in
 * scenarios/ that exports its declaration (`export const NAME = {…} as const satisfies
 * ScenarioDeclaration;`): `npm run build` writes scenarios/list.ts from the files
 * (scripts/scenario-list.mjs), and test/scenario/throwaway-scenario.test.ts adds one to that list
 * and runs it. Its words (titles, explanations, summaries, speaker notes) are written here in both languages (Bilingual: English
 * and Brazilian Portuguese); a reader takes the language in force with say().
 */

/** A scenario's name, as --scenario and the picker take it; the declarations in scenarios/ are the list. */
export type ScenarioName = string;
export {SCENARIO_NAMES} from './scenarios/index.js';

/** What a step cannot run without, named for the error ("the access key does not exist"). */
export interface Missing {
	readonly missing: Bilingual;
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

/** Which panel the dashboard shows for a step (app/detail/step-body.tsx draws each). */
export type StepPanel =
	/** What the step created or changed, field by field, in this order (resources/detail.ts). */
	| {readonly resources: readonly ResourceKind[]}
	/** The inline policy, and whether IAM has propagated it. */
	| 'policy'
	/** The request that must be denied, and why it was. */
	| 'denied'
	/** The request without MFA that a mistaken policy lets through, and what it listed. */
	| 'bypass'
	/** The request that must succeed, and what it listed. */
	| 'allowed'
	/** The allowed session asked again: its MFA age counting up to the limit, then the answer. */
	| 'mfaAge'
	/** stolen-key: an attacker's move, its answer and the rule that decided it. */
	| 'attack'
	/** stolen-key: the CloudTrail record of each attack call, and the command that finds it. */
	| 'detection'
	| 'teardown';

/** Something a step creates: its kind (resources/kinds.ts) and its name, from the run's names. */
export interface Creation {
	readonly kind: ResourceKind;
	readonly name: (names: DemoNames) => string;
}

export interface StepDeclaration {
	readonly id: StepId;
	/** Fits an 80-column terminal with its number and status mark (test/scenario/declarations.test.ts). */
	readonly title: Bilingual;
	readonly explanation: Bilingual;
	readonly action: StepAction;
	readonly panel: StepPanel;
	/**
	 * What the step creates, in the order it creates them. The confirmation, the Resources panel
	 * and the teardown plan are built from these; a step cut short may have created any of them.
	 */
	readonly creates?: readonly Creation[];
	/**
	 * What teardown deletes for this step, when it is not the run's own user, device, key or policy
	 * (stolen-key's second user and the attacker's devices); `cutShort`: the step's create may have
	 * happened unseen. Replaces the deletions `creates` would give.
	 */
	readonly deletes?: (state: ScenarioState, cutShort: boolean) => ResourcesToDelete;
	/**
	 * A step that puts the demo user's inline policy (putUserPolicyStep): the policy it puts, and,
	 * when it is not the scenario's, what the propagation check must see before the step is done.
	 * A second such step replaces the policy (a fix), under the same name.
	 */
	readonly putsPolicy?: {readonly policy: PolicyDeclaration; readonly probe?: PropagationProbe};
}

export interface PolicyDeclaration {
	readonly name: string;
	/** The JSON, from the run's names and account (assume-role names its role's ARN). */
	readonly document: (names: DemoNames, account: string) => string;
	/** One line for the resources panel and plain mode. */
	readonly summary: Bilingual;
}

/**
 * The request context the proof depends on: the condition key, and its value in the request that
 * must be denied and in the one that must be allowed. The propagation check and the denial's
 * explanation ask the simulator with exactly these values.
 */
export interface ProofContext {
	readonly key: string;
	readonly denied: KeyValue;
	readonly allowed: KeyValue;
	/** Why the denied request has no such key, when it is absent (default: a long-term key never has one). */
	readonly absentBecause?: Bilingual;
}

/** The propagation check: the simulator asked about this action with the allowed and the denied request's context. */
export interface PropagationProbe {
	readonly action: string;
	readonly resourceArn: (state: ScenarioState) => string;
	/** What the simulator must answer for the denied request's context once the policy is in force (assume-role: the user may call AssumeRole; the trust policy refuses). */
	readonly withoutMfa: 'allowed' | 'denied';
}

/**
 * How the denial is explained: the policy simulator is asked about the denied request, with the
 * request's context (ProofContext), and says which statement decided.
 */
export interface DenialProbe {
	/**
	 * principal: the demo user's own policies (SimulatePrincipalPolicy). trust: the role's trust
	 * statement, given as a policy (SimulateCustomPolicy; docs/scenarios.md says why not as ResourcePolicy).
	 */
	readonly policies: 'principal' | 'trust';
	readonly action: string;
	readonly resourceArn: (state: ScenarioState) => string;
	/** force-mfa: the same policy with Bool where it has BoolIfExists, simulated too (the documented mistake). */
	readonly withBool?: string;
}

/** How result lines name the two requests that prove the point: "Long-term key: ListBuckets". */
export interface ProvingRequests {
	readonly denied: Bilingual;
	readonly allowed: Bilingual;
	/** With an MFA age limit: the allowed request made again once the MFA is older ("Same session after 30 s: ListBuckets"). */
	readonly deniedAgain?: Bilingual;
	/** With a bypass step: the request the mistake lets through ("Long-term key, before the fix: ListBuckets"). */
	readonly bypass?: Bilingual;
}

export interface ScenarioDeclaration {
	readonly name: ScenarioName;
	/**
	 * Its place in the picker, in `--help` and in every list of scenarios: lowest first, each its
	 * own (test/scenario/scenario-list.test.ts). Leave gaps, so a new scenario goes between two.
	 */
	readonly order: number;
	/** One line in the first screen's picker. */
	readonly summary: Bilingual;
	/** Its line in `sts-mfa run --help`, beside its name. */
	readonly helpLine: Bilingual;
	readonly steps: readonly StepDeclaration[];
	/** The inline policy the demo user gets. */
	readonly userPolicy: PolicyDeclaration;
	readonly context: ProofContext;
	readonly probe: PropagationProbe;
	/** The step that must be denied (without MFA) and the one that must succeed (with it). */
	readonly deniedStep: StepId;
	readonly allowedStep: StepId;
	/**
	 * A step whose request without MFA a mistaken policy must let through (shown as the mistake),
	 * before a later policy step fixes it; its request is worded by `requests.bypass`.
	 */
	readonly bypassStep?: StepId;
	/** Why the denial happened, in one sentence a learner follows (also the words when the simulator is unavailable). */
	readonly deniedBecause: Bilingual;
	readonly denialProbe: DenialProbe;
	readonly requests: ProvingRequests;
	/** The MFA age limit (seconds) after which the allowed session must be denied again; its step proves it. */
	readonly maxMfaAgeSeconds?: number;
	/** Every IAM action the scenario performs with the operator's credentials (preflight on --aws). */
	readonly operatorActions: readonly string[];
	/**
	 * Speaker notes for each step: what to say, what to point at (words/speaker-notes.ts). Only
	 * `sts-mfa presenter` shows them, never the dashboard.
	 */
	readonly speakerNotes?: {readonly [step in StepId]?: Bilingual};
}

export function isMissing(value: Effect | Missing): value is Missing {
	return 'missing' in value;
}
