import {scenarioOf} from '../../scenario/scenarios/index.js';
import type {ScenarioState, StepId} from '../../scenario/types.js';

type Notice = NonNullable<ScenarioState['notice']>;

/**
 * The scenario's notice, unless the detail panel already says the same thing: a failed step's
 * error, a refused code (shown under the code field), the result's own explanation, or the
 * preflight warnings the confirmation lists. Reviewing a step hides it: it is about the live one.
 */
export function visibleNotice(state: ScenarioState, step: StepId | undefined, reviewing: boolean): Notice | undefined {
	const {notice, phase} = state;
	if (!notice || reviewing) return undefined;
	const stepError = step ? state.steps[step].error?.message : undefined;
	if (stepError && notice.text.startsWith(stepError)) return undefined;
	if (phase.kind === 'codeEntry' && phase.entry.error === notice.text) return undefined;
	if (notice.text === scenarioOf(state).deniedBecause && state.results.withoutMfa) return undefined;
	// The confirmation lists a root caller and missing permissions itself.
	if (phase.kind === 'confirm' && notice.level === 'warn') return undefined;
	return notice;
}
