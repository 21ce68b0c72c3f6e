import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {ScenarioState} from '../../source/scenario/types.js';
import {createdState, finishedState} from './fixtures.js';
import {renderApp} from './render-app.js';

afterEach(() => {
	cleanup();
});

/** The detail panel's text: everything right of the 34-column steps list at 80x24. */
function rightPanel(frame: string): string {
	return frame
		.split('\n')
		.slice(1, 15)
		.map((line) => [...line].slice(35).join('').trimEnd())
		.join('\n');
}

function occurrences(text: string, fragment: string): number {
	return text.split(fragment).length - 1;
}

/** Step 6 just answered AccessDenied, as the reducer leaves it (with its explanation as the notice). */
function afterWithoutMfa(): ScenarioState {
	const state = finishedState();
	return {
		...state,
		phase: {kind: 'ready', next: 'sessionWithMfa'},
		steps: {...state.steps, sessionWithMfa: {status: 'pending'}, teardown: {status: 'pending'}},
		results: {withoutMfa: state.results.withoutMfa},
		teardown: {items: [], completed: false},
		notice: {kind: 'deniedAsExpected'},
	};
}

describe('step detail panel', () => {
	it('reads title, outcome, deciding statement and verdict from the top, each said once', () => {
		const view = renderApp(afterWithoutMfa());
		const panel = rightPanel(view.frame());
		expect(panel.split('\n')[0]).toContain('6. Session without MFA');
		const flat = panel.replace(/\s+/g, ' ');
		const order = [
			'6. Session without MFA',
			'✓ Without MFA: ListBuckets → AccessDenied',
			'Allow "ListBucketsOnlyWithMfa" on s3:ListAllMyBuckets when Bool aws:MultiFactorAuthPresent true',
			'The request had aws:MultiFactorAuthPresent = false (a session issued without MFA): Bool … true did not match, so it is denied by default.',
		].map((text) => flat.indexOf(text));
		expect(order.every((position) => position >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(occurrences(flat, 'ListBucketsOnlyWithMfa')).toBe(1);
		// The simulator's lines replace the step's own explanation and the notice saying the same.
		expect(flat).not.toContain('GetSessionToken without a code');
		expect(flat).not.toContain('The policy allows s3:ListAllMyBuckets only');
	});

	it("falls back to the scenario's sentence, and says so, when the simulator was not available", () => {
		const state = afterWithoutMfa();
		const reason = 'the caller may not use iam:SimulatePrincipalPolicy';
		const withoutMfa = {...state.results.withoutMfa, denied: true, explanation: {kind: 'unavailable', reason} as const};
		const view = renderApp({...state, results: {withoutMfa}});
		const flat = rightPanel(view.frame()).replace(/\s+/g, ' ');
		expect(flat).toContain('✓ Without MFA: ListBuckets → AccessDenied');
		expect(flat).toContain(
			'(The policy simulator was not available: the caller may not use iam:SimulatePrincipalPolicy.)',
		);
		expect(flat).toContain('The policy allows s3:ListAllMyBuckets only when aws:MultiFactorAuthPresent is true');
		expect(occurrences(flat, 'The policy allows s3:ListAllMyBuckets only')).toBe(1);
	});

	it("shows a failed step's error once, under its title", () => {
		const error = {code: 'Aws.throttled', awsCode: 'Throttling', message: 'Rate exceeded'};
		const state = createdState({kind: 'failed', step: 'sessionWithoutMfa', error});
		const view = renderApp({
			...state,
			steps: {...state.steps, sessionWithoutMfa: {status: 'failed', error}},
			notice: {kind: 'stepFailed', step: 'sessionWithoutMfa', error},
		});
		const panel = rightPanel(view.frame());
		expect(panel.split('\n')[0]).toContain('6. Session without MFA');
		expect(occurrences(panel, 'Rate exceeded')).toBe(1);
	});

	it('puts any other notice below the step, not above its title', () => {
		const state = finishedState();
		const text = 'Still tearing down; sts-mfa exits as soon as everything is deleted (q or Ctrl-C: leave now).';
		const view = renderApp({
			...state,
			phase: {kind: 'tearingDown', exitAfter: true},
			notice: {kind: 'stillTearingDown'},
		});
		const panel = rightPanel(view.frame());
		expect(panel.split('\n')[0]).toContain('8. Tear everything down');
		expect(panel.replace(/\s+/g, ' ')).toContain(text);
		expect(panel.indexOf('Still tearing down')).toBeGreaterThan(panel.indexOf('delete user'));
	});

	it("hides the live step's notice while reviewing another step", async () => {
		const view = renderApp(afterWithoutMfa(), {columns: 120, rows: 40});
		await view.press('\u001B[D');
		const frame = await view.until((current) => current.includes('Reviewing 5.'));
		expect(frame).not.toContain('The policy allows');
	});
});
