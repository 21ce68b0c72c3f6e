import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {PHASE_TRANSITIONS} from '../../source/scenario/transitions.js';
import {update} from '../../source/scenario/update.js';
import {SCENARIO_NAMES, type StepDeclaration} from '../../source/scenario/declaration.js';
import {scenarioOf} from '../../source/scenario/scenarios/index.js';
import {Random} from '../support/random.js';
import {NOW, start} from './fixtures.js';
import {candidateEvents, startsOf} from './walk.js';

/** Random walks over every scenario's states, collecting each change of phase the reducer makes. */
function explore(): Set<string> {
	const seen = new Set<string>();
	// Seeded, so the exploration is the same on every run.
	const random = new Random(42);
	const starts = SCENARIO_NAMES.flatMap((scenario) => startsOf(scenario));
	for (let walk = 0; walk < 3000 * SCENARIO_NAMES.length; walk++) {
		let state = starts[walk % starts.length] ?? start();
		for (let i = 0; i < 80 && state.phase.kind !== 'exiting'; i++) {
			const event = random.pick(candidateEvents(state));
			const after = update(state, event, NOW + i * 1000).state;
			if (after.phase.kind !== state.phase.kind) seen.add(`${state.phase.kind} --> ${after.phase.kind}`);
			state = after;
		}
	}
	return seen;
}

function diagramEdges(): Set<string> {
	const markdown = readFileSync(new URL('../../docs/states.md', import.meta.url), 'utf8');
	const diagram = /```mermaid\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
	const edges = [...diagram.matchAll(/^\s*(\w+)\s*-->\s*(\w+)/gm)].map((match) => `${match[1]} --> ${match[2]}`);
	return new Set(edges.filter((edge) => !edge.startsWith('[*]') && !edge.endsWith('[*]')));
}

describe('the documented state diagram', () => {
	const table = new Set(PHASE_TRANSITIONS.map(([from, to]) => `${from} --> ${to}`));

	it('lists exactly the phase changes the reducer makes', () => {
		expect([...explore()].sort()).toEqual([...table].sort());
	});

	it('docs/states.md draws exactly the transition table', () => {
		expect([...diagramEdges()].sort()).toEqual([...table].sort());
	});
});

/** docs/states.md's per-scenario step tables, as the declarations say they must read. */
function expectedStepTables(): string {
	const does = (step: StepDeclaration): string => {
		if (step.action.kind === 'teardown') return 'deletes what the run created';
		if (step.action.kind === 'codes')
			return `waits for ${step.action.needed === 2 ? 'two consecutive MFA codes' : 'a fresh MFA code'}, then runs its AWS calls`;
		return 'runs its AWS calls';
	};
	return SCENARIO_NAMES.map((name) => {
		const scenario = scenarioOf({scenario: name});
		const rows = scenario.steps.map(
			(step, index) => `| ${index + 1} | \`${step.id}\` | ${step.title.en} | ${does(step)} |`,
		);
		return [
			`### ${name}`,
			'',
			`${scenario.summary.en}`,
			'',
			'| # | step | title | what it does |',
			'|---|---|---|---|',
			...rows,
		].join('\n');
	}).join('\n\n');
}

describe("docs/states.md's steps of each scenario", () => {
	it('lists every scenario and its steps in order, as declared', () => {
		const markdown = readFileSync(new URL('../../docs/states.md', import.meta.url), 'utf8');
		const section = /<!-- steps:begin -->\n([\s\S]*?)\n<!-- steps:end -->/.exec(markdown)?.[1];
		expect(section, 'docs/states.md needs a <!-- steps:begin --> … <!-- steps:end --> section').toBeDefined();
		expect(section).toBe(expectedStepTables());
	});
});
