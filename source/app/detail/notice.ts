import {NOTICE_LEVELS} from '../../scenario/notices.js';
import {scenarioOf} from '../../scenario/scenarios/index.js';
import type {ScenarioState, StepId} from '../../scenario/types.js';
import {type NoticeWords, noticeWords} from '../../words/notices.js';

/**
 * The scenario's notice in words, unless the detail panel already says the same thing: a failed
 * step's error, a refused code (shown under the code field), the result's own explanation, or the
 * preflight warnings the confirmation lists. Reviewing a step hides it: it is about the live one.
 */
export function visibleNotice(
	state: ScenarioState,
	step: StepId | undefined,
	reviewing: boolean,
): NoticeWords | undefined {
	const {notice, phase} = state;
	if (!notice || reviewing) return undefined;
	if (notice.kind === 'stepFailed' && notice.step === step) return undefined;
	if (notice.kind === 'codeRefused' && phase.kind === 'codeEntry' && phase.entry.error === notice.refusal)
		return undefined;
	if (notice.kind === 'deniedAsExpected' && state.results.withoutMfa) return undefined;
	// The confirmation lists a root caller and missing permissions itself.
	if (phase.kind === 'confirm' && NOTICE_LEVELS[notice.kind] === 'warn') return undefined;
	return noticeWords(notice, scenarioOf(state));
}
