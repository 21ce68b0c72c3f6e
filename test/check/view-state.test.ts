import {describe, expect, it} from 'vitest';
import type {CheckReport} from '../../source/check/types.js';
import {principal} from './support/principal.js';
import {chosenPrincipal, initialViewState, updateView, visibleActions} from '../../source/check/view/state.js';

const REPORT: CheckReport = {
	target: {kind: 'offline'},
	unexpanded: [],
	principals: [
		{
			principal: principal('alice', 'user'),
			ways: ['longTermKey', 'freshMfaSession'],
			actions: ['iam:CreateAccessKey', 's3:ListAllMyBuckets'],
			cells: [],
			findings: [],
		},
		{
			principal: principal('ops', 'role'),
			ways: ['noMfaRoleSession', 'mfaRoleSession'],
			actions: ['s3:ListAllMyBuckets'],
			cells: [],
			findings: [],
		},
	],
};

describe("the check dashboard's state", () => {
	it('a filtered principal keeps its place in the whole list once entered, and Esc comes back', () => {
		let state = updateView(REPORT, initialViewState, {type: 'filterStarted', text: 'op', ends: true});
		expect(chosenPrincipal(REPORT, state)?.principal.name).toBe('ops');
		state = updateView(REPORT, state, {type: 'entered'});
		expect(state).toMatchObject({panel: 'matrix', principal: 1, filter: ''});
		expect(chosenPrincipal(REPORT, state)?.principal.name).toBe('ops');
		state = updateView(REPORT, state, {type: 'left'});
		expect(state.panel).toBe('principals');
	});

	it('the cursor stays within the matrix, and the action filter narrows it', () => {
		let state = updateView(REPORT, initialViewState, {type: 'entered'});
		state = updateView(REPORT, state, {type: 'moved', rows: 10});
		state = updateView(REPORT, state, {type: 'movedAcross', columns: 5});
		expect(state).toMatchObject({action: 1, way: 1});
		state = updateView(REPORT, state, {type: 'filterStarted', text: 's3', ends: false});
		expect(visibleActions(chosenPrincipal(REPORT, state), state)).toEqual(['s3:ListAllMyBuckets']);
		state = updateView(REPORT, state, {type: 'filterEnded', keep: false});
		expect(visibleActions(chosenPrincipal(REPORT, state), state)).toHaveLength(2);
	});
});
