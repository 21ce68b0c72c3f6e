import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import {dashboardLayout} from '../../source/app/layout.js';
import {Steps} from '../../source/app/steps/steps.js';
import {SCENARIO_NAMES} from '../../source/scenario/declaration.js';
import {scenarioOf} from '../../source/scenario/scenarios/index.js';
import type {StepId, StepProgress} from '../../source/scenario/types.js';

afterEach(() => {
	cleanup();
});

/*
 * The steps panel is the narrowest place a title appears: at 80 columns it is the left column, and
 * a finished step also shows its time and the step waiting for a code its "your turn" mark.
 */
const states: [string, (id: StepId) => StepProgress][] = [
	['pending', () => ({status: 'pending'})],
	['finished in 9.9s', () => ({status: 'done', ms: 9_949})],
	['finished in 999ms', () => ({status: 'done', ms: 999})],
];

for (const name of SCENARIO_NAMES) {
	describe(`the ${name} scenario's step titles at 80x24`, () => {
		const declared = scenarioOf({scenario: name}).steps;
		const {leftWidth} = dashboardLayout(80, 24);

		for (const [label, progress] of states) {
			it(`are shown whole, never cut, while ${label}`, () => {
				const steps = Object.fromEntries(declared.map((step) => [step.id, progress(step.id)])) as Record<
					StepId,
					StepProgress
				>;
				const {lastFrame} = render(<Steps declared={declared} steps={steps} reviewing={false} width={leftWidth} />);
				const frame = lastFrame() ?? '';
				for (const [index, step] of declared.entries()) expect(frame).toContain(`${index + 1}. ${step.title.en}`);
				expect(frame).not.toContain('…');
			});
		}

		it('are shown whole on the step waiting for the presenter\'s code ("your turn")', () => {
			for (const step of declared.filter((entry) => entry.action.kind === 'codes')) {
				const steps = Object.fromEntries(
					declared.map((entry) => [entry.id, {status: entry.id === step.id ? 'running' : 'pending'}]),
				) as Record<StepId, StepProgress>;
				const {lastFrame, unmount} = render(
					<Steps declared={declared} steps={steps} reviewing={false} awaitingUser={step.id} width={leftWidth} />,
				);
				const frame = lastFrame() ?? '';
				expect(frame).toContain('your turn');
				expect(frame).toContain(`${declared.indexOf(step) + 1}. ${step.title.en}`);
				unmount();
			}
		});
	});
}
