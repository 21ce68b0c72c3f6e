import type {ScenarioState} from '../scenario/types.js';
import {outcomeLines} from '../words/attack.js';
import {DETECTION_WORDS as WORDS, lookupCommand, recordLines} from '../words/detection.js';
import type {Paint} from './describe.js';

/*
 * Plain mode's lines for the stolen-key scenario's attack: each move's answer and deciding rule as
 * it arrives, then each attack call's CloudTrail record and the command that finds it.
 */

function moveLines(before: ScenarioState, after: ScenarioState, paint: Paint): string[] {
	const was = before.results.attacks ?? {};
	return Object.entries(after.results.attacks ?? {}).flatMap(([step, outcome]) => {
		if (was[step] === outcome) return [];
		const [first = '', ...rest] = outcomeLines(outcome);
		return [paint.ok(`    ${first}`), ...rest.map((line) => `    ${line}`)];
	});
}

function detectionLines(before: ScenarioState, after: ScenarioState): string[] {
	const detection = after.results.detection;
	if (!detection || before.results.detection) return [];
	const records = detection.events.flatMap((found) =>
		found.record
			? recordLines(found.record).map((line, index) => `    ${index === 0 ? '' : '  '}${line}`)
			: [`    ${WORDS.notFound(found.call.eventName)}`],
	);
	return [
		...records,
		...(detection.unreadable > 0 ? [`    ${WORDS.unreadable(detection.unreadable)}`] : []),
		...(after.target.kind === 'aws' ? [`    ${WORDS.deliveryNote}`] : []),
		`    ${WORDS.lookupHeading}`,
		...detection.keys.map((key) => `      ${lookupCommand('AccessKeyId', key, after.target)}`),
	];
}

export function attackLines(before: ScenarioState, after: ScenarioState, paint: Paint): string[] {
	return [...moveLines(before, after, paint), ...detectionLines(before, after)];
}
