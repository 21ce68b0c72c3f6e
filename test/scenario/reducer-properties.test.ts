import {describe, expect, it} from 'vitest';
import {SCENARIO_NAMES} from '../../source/scenario/declaration.js';
import type {ScenarioState} from '../../source/scenario/types.js';
import {proved} from '../../source/scenario/outcome.js';
import {update} from '../../source/scenario/update.js';
import {EVERY_KEY} from '../../source/words/resources.js';
import {Random} from '../support/random.js';
import {NOW} from './fixtures.js';
import {candidateEvents, startsOf} from './walk.js';

/*
 * Properties of the reducer a user would notice, over random event sequences from every declared
 * scenario (seeded, so a failure replays): update() never throws; never two steps running at once,
 * nor two deletions; the step the phase runs is the one marked running; once teardown starts,
 * everything the run created is in its plan; and a run exits 0 only when it proved its point and
 * left nothing.
 */

/** What the state says exists, as the teardown items that must delete it. */
function created(state: ScenarioState): string[] {
	const {resources, names} = state;
	return [
		...(resources.user ? [`user ${names.userName}`] : []),
		...(resources.mfaDevice ? [`virtualMfaDevice ${resources.mfaDevice.serialNumber}`] : []),
		...(resources.policy ? [`userPolicy ${names.policyName}`] : []),
		...(resources.role ? [`role ${names.roleName}`] : []),
		...(resources.managedPolicy ? [`managedPolicy ${resources.managedPolicy.arn}`] : []),
	];
}

/** Every broken property of `state`, worded; none when it is sound. */
function broken(state: ScenarioState): string[] {
	const problems: string[] = [];
	const running = Object.entries(state.steps).filter(([, progress]) => progress.status === 'running');
	if (running.length > 1) problems.push(`two steps running: ${running.map(([id]) => id).join(', ')}`);
	if (state.teardown.items.filter((item) => item.status === 'running').length > 1)
		problems.push('two deletions at once');
	const {phase} = state;
	if ((phase.kind === 'running' || phase.kind === 'codeEntry') && state.steps[phase.step]?.status !== 'running')
		problems.push(`phase ${phase.kind} on ${phase.step}, which is ${state.steps[phase.step]?.status}`);
	if (phase.kind === 'tearingDown') {
		const planned = new Set(state.teardown.items.map((item) => `${item.kind} ${item.id}`));
		const forgotten = created(state).filter((resource) => !planned.has(resource));
		if (forgotten.length > 0) problems.push(`teardown forgets ${forgotten.join(', ')}`);
		const key = state.resources.accessKey;
		if (key && !planned.has(`accessKey ${key.accessKeyId}`) && !planned.has(`accessKey ${EVERY_KEY}`))
			problems.push('teardown forgets the access key');
	}
	if (phase.kind === 'exiting' && phase.exitCode === 0 && !(proved(state) && state.teardown.completed))
		problems.push('exit status 0 without proof and a complete teardown');
	return problems;
}

describe('the reducer under random event sequences, every scenario', () => {
	it.each(SCENARIO_NAMES)(
		'%s: never throws, never two steps running, nothing created forgotten by teardown',
		(name) => {
			const random = new Random(7);
			const starts = startsOf(name);
			for (let walk = 0; walk < 1500; walk++) {
				let state = starts[walk % starts.length]!;
				const history: string[] = [];
				for (let i = 0; i < 80 && state.phase.kind !== 'exiting'; i++) {
					const event = random.pick(candidateEvents(state));
					history.push(event.type);
					state = update(state, event, NOW + i * 1000).state;
					const problems = broken(state);
					if (problems.length > 0) expect.fail(`${problems.join('; ')} after ${history.join(' → ')}`);
				}
			}
		},
	);
});
