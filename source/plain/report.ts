import {inLanguage} from '../words/language.js';
import {progressOf} from '../scenario/progress.js';
import type {AttackOutcome, Detection} from '../scenario/attack/types.js';
import type {ScenarioName} from '../scenario/declaration.js';
import type {DenialExplanation} from '../scenario/denial/types.js';
import {scenarioOf, stepsOf} from '../scenario/scenarios/index.js';
import {denialLines} from '../words/denial.js';
import {proved} from '../scenario/outcome.js';
import type {ScenarioState, StepId, TargetKind, TeardownItemKind} from '../scenario/types.js';
import {knownLeftBehind} from '../scenario/teardown-plan.js';
import {perhapsLeftBehind} from '../commands/exit-status.js';

/** The machine-readable summary `--json` prints. Never a secret: ids and names only. */
export interface RunReport {
	readonly scenario: ScenarioName;
	readonly target: {
		readonly kind: TargetKind;
		readonly region: string;
		readonly endpoint?: string;
		readonly account?: string;
	};
	readonly steps: readonly {readonly id: StepId; readonly status: string; readonly ms?: number}[];
	readonly deniedWithoutMfa: boolean;
	/** The denied request, worded as the result lines word it, and why the simulator says it was denied. */
	readonly denial?: {
		readonly request: string;
		readonly errorCode?: string;
		readonly explanation?: DenialExplanation;
		/** The explanation as plain mode prints it. */
		readonly because: readonly string[];
	};
	readonly bucketsWithMfa: readonly string[];
	/** A scenario with a bypass step: the buckets the request without MFA listed under the mistaken policy. */
	readonly bypass?: {readonly buckets: readonly string[]};
	/** With an MFA age limit: the same MFA session asked again once older, and the age (s) it had then. */
	readonly afterMfaAge?: {readonly denied: boolean; readonly ageSeconds: number; readonly errorCode?: string};
	/** stolen-key: each attack step's outcome (its answer, deciding rule and calls), and each call's CloudTrail record. */
	readonly attacks?: Readonly<Record<StepId, AttackOutcome>>;
	readonly detection?: Detection;
	readonly teardownCompleted: boolean;
	readonly leftBehind: readonly {readonly kind: TeardownItemKind; readonly id: string}[];
	/** What a create cut short may have made and no deletion confirmed gone: `sts-mfa cleanup` checks. */
	readonly perhapsLeftBehind: readonly {readonly kind: TeardownItemKind; readonly id: string}[];
	readonly proved: boolean;
	readonly exitCode: number;
}

function denialOf(state: ScenarioState): RunReport['denial'] {
	const without = state.results.withoutMfa;
	if (!without?.denied) return undefined;
	const scenario = scenarioOf(state);
	return {
		request: scenario.requests.denied.en,
		errorCode: without.errorCode,
		explanation: without.explanation,
		because: denialLines(scenario, without.explanation),
	};
}

/** The report's words are English, whatever language the run spoke: the report is for machines. */
export function buildReport(state: ScenarioState, exitCode: number): RunReport {
	return inLanguage('en', () => reportIn(state, exitCode));
}

function reportIn(state: ScenarioState, exitCode: number): RunReport {
	const {target} = state;
	return {
		scenario: state.scenario,
		target: {kind: target.kind, region: target.region, endpoint: target.endpoint, account: state.identity?.account},
		steps: stepsOf(state).map(({id}) => ({id, status: progressOf(state, id).status, ms: progressOf(state, id).ms})),
		deniedWithoutMfa: state.results.withoutMfa?.denied === true,
		denial: denialOf(state),
		bucketsWithMfa: state.results.withMfa?.buckets.map((bucket) => bucket.name) ?? [],
		...(state.results.bypass ? {bypass: {buckets: state.results.bypass.buckets.map((bucket) => bucket.name)}} : {}),
		afterMfaAge: state.results.afterMfaAge,
		...(state.results.attacks ? {attacks: state.results.attacks} : {}),
		...(state.results.detection ? {detection: state.results.detection} : {}),
		teardownCompleted: state.teardown.completed,
		leftBehind: knownLeftBehind(state.teardown.items).map(({kind, id}) => ({kind, id})),
		perhapsLeftBehind: perhapsLeftBehind(state).map(({kind, id}) => ({kind, id})),
		proved: proved(state),
		exitCode,
	};
}
