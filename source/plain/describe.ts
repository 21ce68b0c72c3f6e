import {say} from '../words/language.js';
import {progressOf} from '../scenario/progress.js';
import {attackLines} from './attack-lines.js';
import {scenarioOf, stepsOf} from '../scenario/scenarios/index.js';
import {denialLines} from '../words/denial.js';
import {codeProblemText, noticeWords} from '../words/notices.js';
import {agedBecause, agedLine, allowedLine, bypassLine, deniedLine, wronglyAllowedLine} from '../words/results.js';
import type {ScenarioState, StepId} from '../scenario/types.js';
import {deletionLabel, EVERY_KEY, shownId} from '../words/resources.js';
import {PLAIN_LOG_WORDS as WORDS} from '../words/plain-log.js';
import {APPEARED} from '../resources/appeared.js';
import {createdKinds} from '../scenario/teardown-plan.js';

/*
 * Turns one state change into the lines plain mode prints. Pure: it compares the previous and the
 * next state and says what happened in between, so the printer needs no memory of its own.
 */

export interface Paint {
	ok(text: string): string;
	bad(text: string): string;
	dim(text: string): string;
}

const seconds = (ms: number | undefined) => (ms === undefined ? '' : ` (${(ms / 1000).toFixed(2)} s)`);

function labelOf(state: ScenarioState, index: number, id: StepId): string {
	const steps = stepsOf(state);
	const title = steps[index]?.title;
	return `[${index + 1}/${steps.length}] ${title === undefined ? id : say(title)}`;
}

function startedLines(before: ScenarioState, after: ScenarioState): string[] {
	return stepsOf(after).flatMap(({id}, index) => {
		const was = progressOf(before, id);
		const now = progressOf(after, id);
		return now.status === 'running' && (was.status !== 'running' || was.startedAt !== now.startedAt)
			? [WORDS.started(labelOf(after, index, id))]
			: [];
	});
}

function endedLines(before: ScenarioState, after: ScenarioState, paint: Paint): string[] {
	const lines: string[] = [];
	stepsOf(after).forEach(({id}, index) => {
		const was = progressOf(before, id);
		const now = progressOf(after, id);
		const label = labelOf(after, index, id);
		if (now.status === was.status) return;
		if (now.status === 'done') lines.push(paint.ok(WORDS.done(label, seconds(now.ms))));
		if (now.status === 'failed')
			lines.push(paint.bad(WORDS.failed(label, seconds(now.ms), now.error?.message ?? WORDS.unknownError)));
		if (now.status === 'skipped') lines.push(paint.dim(WORDS.skipped(label)));
	});
	return lines;
}

/** What appeared, kind by kind in the order the scenario declares it creates them (resources/appeared.ts). */
function resourceLines(before: ScenarioState, after: ScenarioState): string[] {
	const summary = (document: string) => say(policySummary(after, document));
	return createdKinds(after).flatMap((kind) => APPEARED[kind](before.resources, after.resources, summary) ?? []);
}

/** The summary of the declared policy whose document is `document` (the scenario's, if none matches). */
function policySummary(state: ScenarioState, document: string) {
	const account = state.identity?.account ?? '';
	const declared = stepsOf(state)
		.map((step) => step.putsPolicy?.policy)
		.find((policy) => policy?.document(state.names, account) === document);
	return (declared ?? scenarioOf(state).userPolicy).summary;
}

function progressLines(before: ScenarioState, after: ScenarioState, at: number): string[] {
	const was = before.propagation;
	const now = after.propagation;
	if (!now || now.attempts === 0 || now.attempts === was?.attempts) return [];
	const elapsed = ((at - now.startedAt) / 1000).toFixed(1);
	return [WORDS.propagating(now.attempts, elapsed, now.keyWorks, now.policyInForce)];
}

/** The denied request once the simulator has said why (or could not), with its explanation. */
function deniedLines(before: ScenarioState, after: ScenarioState, paint: Paint): string[] {
	const was = before.results.withoutMfa;
	const without = after.results.withoutMfa;
	const scenario = scenarioOf(after);
	if (!without) return [];
	if (!without.denied)
		return was ? [] : [paint.bad(WORDS.wronglyAllowed(wronglyAllowedLine(scenario), without.buckets?.length ?? 0))];
	if (!without.explanation || was?.explanation) return [];
	return [
		paint.ok(WORDS.asItShouldBe(deniedLine(scenario, without.errorCode))),
		...denialLines(scenario, without.explanation).map((line) => `    ${line}`),
	];
}

/** The names of `buckets`, or that there were none. */
const bucketNames = (buckets: readonly {readonly name: string}[]) =>
	buckets.map((bucket) => bucket.name).join(', ') || WORDS.noBuckets;

function resultLines(before: ScenarioState, after: ScenarioState, paint: Paint): string[] {
	const bypass = after.results.bypass;
	const lines =
		!before.results.bypass && bypass
			? [paint.bad(`    ${bypassLine(scenarioOf(after), bypass.buckets.length)}: ${bucketNames(bypass.buckets)}`)]
			: [];
	lines.push(...deniedLines(before, after, paint));
	const withMfa = after.results.withMfa;
	if (!before.results.withMfa && withMfa) {
		lines.push(
			paint.ok(`    ${allowedLine(scenarioOf(after), withMfa.buckets.length)}: ${bucketNames(withMfa.buckets)}`),
		);
		if (withMfa.assumedRoleArn) lines.push(WORDS.assumedAs(withMfa.assumedRoleArn));
		lines.push(WORDS.session(withMfa.sessionAccessKeyId, withMfa.expiration.toISOString()));
	}
	const aged = after.results.afterMfaAge;
	if (!before.results.afterMfaAge && aged?.denied) {
		lines.push(paint.ok(WORDS.asItShouldBe(agedLine(scenarioOf(after), aged))));
		lines.push(`    ${agedBecause(scenarioOf(after), aged.ageSeconds)}`);
	}
	return lines;
}

function teardownLines(before: ScenarioState, after: ScenarioState, paint: Paint): string[] {
	return after.teardown.items.flatMap((item) => {
		const was = before.teardown.items.find((old) => old.kind === item.kind && old.id === item.id);
		if (was?.status === item.status) return [];
		const label = `    ${deletionLabel(item.kind)} ${item.id === EVERY_KEY ? shownId(item.kind, item.id) : item.id}`;
		if (item.status === 'done') return [paint.ok(WORDS.deletionDone(label))];
		if (item.status === 'failed') return [paint.bad(WORDS.deletionFailed(label, item.error ?? ''))];
		return [];
	});
}

/** Why a typed code was not even sent (not six digits), which the prompt alone would not say. */
function codeFormatLines(before: ScenarioState, after: ScenarioState, paint: Paint): string[] {
	const error = after.phase.kind === 'codeEntry' ? after.phase.entry.error : undefined;
	const previous = before.phase.kind === 'codeEntry' ? before.phase.entry.error : undefined;
	// A refusal is the notice's to print; only a code that was never sent is said here.
	if (error !== 'notSixDigits' || (error === previous && before.phase === after.phase)) return [];
	return [paint.bad(`    ${codeProblemText(error)}`)];
}

/** The lines that describe what changed between two states. */
export function describeChange(before: ScenarioState, after: ScenarioState, paint: Paint, at: number): string[] {
	// In the order things happened within one transition: a step ends, then the next one starts.
	const lines = [
		...progressLines(before, after, at),
		...teardownLines(before, after, paint),
		...endedLines(before, after, paint),
		...resourceLines(before, after),
		...resultLines(before, after, paint),
		...attackLines(before, after, paint),
		...startedLines(before, after),
		...codeFormatLines(before, after, paint),
	];
	if (after.identity && !before.identity) lines.unshift(WORDS.signedInAs(after.identity.arn, after.identity.account));
	const notice = after.notice;
	// Step failures already print their message; the explanation is printed with the result; what is
	// left behind, by the summary at the end (once).
	if (notice && notice !== before.notice && notice.kind !== 'deniedAsExpected' && notice.kind !== 'leftBehind') {
		const words = noticeWords(notice, scenarioOf(after));
		if (!lines.some((line) => line.includes(words.text)))
			lines.push(`${words.level === 'error' ? paint.bad(WORDS.error) : WORDS.note} ${words.text}`);
	}
	return lines;
}
