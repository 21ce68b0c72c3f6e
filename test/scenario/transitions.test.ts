import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {FAILURE_CODES} from '../../source/scenario/failures.js';
import {PHASE_TRANSITIONS} from '../../source/scenario/transitions.js';
import {update} from '../../source/scenario/update.js';
import {SCENARIO_NAMES, type ScenarioDeclaration, type StepDeclaration} from '../../source/scenario/declaration.js';
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

/** A panel named, or the resources it shows ("resources: role, managedPolicy"). */
function panelWords(step: StepDeclaration): string {
	return typeof step.panel === 'object' ? `resources: ${step.panel.resources.join(', ')}` : step.panel;
}

/** What a step does, as its declaration says: its action, then its part in the proof. */
function doesWords(scenario: ScenarioDeclaration, step: StepDeclaration): string {
	if (step.action.kind === 'teardown') return 'deletes what the run created';
	const action =
		step.action.kind === 'codes'
			? `waits for ${step.action.needed === 2 ? 'two consecutive MFA codes' : 'a fresh MFA code'}, then runs its AWS calls`
			: 'runs its AWS calls';
	if (step.id === scenario.bypassStep) return `${action}; its request without MFA must get through (the mistake)`;
	if (step.putsPolicy && !step.creates) return `${action}; replaces the inline policy (the fix)`;
	if (step.id === scenario.deniedStep) return `${action}; its request must be denied`;
	if (step.id === scenario.allowedStep) return `${action}; its request must be allowed`;
	if (step.panel === 'mfaAge') return `${action}; the allowed session asks again once its MFA is too old`;
	return action;
}

/** What a step declares it creates (the kinds), or that it declares its own deletions. */
function createsWords(step: StepDeclaration): string {
	const kinds = (step.creates ?? []).map((creation) => `\`${creation.kind}\``);
	if (step.deletes) kinds.push('its own (declared deletions)');
	return kinds.length > 0 ? kinds.join(', ') : '—';
}

/** docs/states.md's per-scenario step tables, as the declarations say they must read. */
function expectedStepTables(): string {
	return SCENARIO_NAMES.map((name) => {
		const scenario = scenarioOf({scenario: name});
		const rows = scenario.steps.map(
			(step, index) =>
				`| ${index + 1} | \`${step.id}\` | ${step.title.en} | ${panelWords(step)} | ${createsWords(step)} | ${doesWords(scenario, step)} |`,
		);
		return [
			`### ${name}`,
			'',
			`${scenario.summary.en}`,
			'',
			'| # | step | title | panel | creates | what it does |',
			'|---|---|---|---|---|---|',
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

/** The rows between `<!-- NAME:begin -->` and `<!-- NAME:end -->` of docs/states.md, as cells. */
function documentedRows(name: string): string[][] {
	const markdown = readFileSync(new URL('../../docs/states.md', import.meta.url), 'utf8');
	const section = new RegExp(`<!-- ${name}:begin -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(markdown)?.[1] ?? '';
	return section
		.split('\n')
		.slice(2)
		.map((row) =>
			row
				.split('|')
				.slice(1, -1)
				.map((cell) => cell.trim()),
		);
}

const unquoted = (cell: string | undefined) => cell?.replaceAll('`', '') ?? '';

describe("docs/states.md's table of phases", () => {
	const phases = [...new Set(PHASE_TRANSITIONS.flat())];
	const rows = documentedRows('phases');

	it('has one row per phase, each naming where the reducer leaves it for, as the transition table says', () => {
		expect(rows.map(([phase]) => unquoted(phase)).sort()).toEqual([...phases].sort());
		for (const [phase, , goesTo] of rows) {
			const targets = PHASE_TRANSITIONS.filter(([from]) => from === unquoted(phase)).map(([, to]) => `\`${to}\``);
			expect(goesTo, `${phase}'s row`).toBe(targets.length > 0 ? targets.join(', ') : '—');
		}
	});

	it('names for each phase the file that holds its row of the reducer', () => {
		for (const [phase, file] of rows) {
			const source = readFileSync(new URL(`../../source/scenario/${unquoted(file)}`, import.meta.url), 'utf8');
			expect(source, `${file} for ${phase}`).toContain(`PhaseReducer<'${unquoted(phase)}'>`);
		}
	});
});

describe("docs/states.md's failures the demo decides", () => {
	it('lists every typed failure reason with its code, and says when it happens', () => {
		const rows = documentedRows('failures');
		expect(rows.map(([reason, code]) => [unquoted(reason), unquoted(code)])).toEqual(Object.entries(FAILURE_CODES));
		for (const [reason, , when] of rows) expect(when, reason).not.toBe('');
	});
});
