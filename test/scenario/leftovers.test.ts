import {describe, expect, it} from 'vitest';
import {OPERATOR_ACTIONS} from '../../source/scenario/policy.js';
import type {Leftover} from '../../source/scenario/types.js';
import {said, ACCOUNT, drive, start} from './fixtures.js';

const identity = {account: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/admin`, userId: 'AIDAADMIN'};
const OLD_USER = 'sts-mfa-demo-old12345';
const FOUND: Leftover[] = [
	{kind: 'accessKey', id: 'AKIAOLDKEY', userName: OLD_USER},
	{kind: 'user', id: OLD_USER},
];

/** An --endpoint dashboard run that found what an earlier run left. */
function offered(options = {}) {
	return drive(start({lookForLeftovers: true, ...options}, 'endpoint'), [
		{type: 'identityResolved', identity},
		{type: 'leftoversFound', items: FOUND},
	]);
}

describe('leftovers of earlier runs', () => {
	it("are looked for after the identity, in the caller's account, before anything is created", () => {
		const {state, effects} = drive(start({lookForLeftovers: true}, 'endpoint'), [{type: 'identityResolved', identity}]);
		expect(state.phase).toEqual({kind: 'preflight', searchingLeftovers: true});
		expect(effects).toEqual([{type: 'findLeftovers', account: ACCOUNT}]);
	});

	it('are looked for on AWS once the permissions are checked', () => {
		const checking = drive(start({lookForLeftovers: true}, 'aws'), [{type: 'identityResolved', identity}]);
		expect(checking.effects).toEqual([
			{type: 'checkPermissions', policySourceArn: identity.arn, actions: OPERATOR_ACTIONS},
		]);
		expect(drive(checking.state, [{type: 'permissionsChecked', missing: []}]).effects).toEqual([
			{type: 'findLeftovers', account: ACCOUNT},
		]);
	});

	it('are not looked for on the embedded sandbox, which is new each run', () => {
		const {state, effects} = drive(start({lookForLeftovers: true}, 'sandbox'), [{type: 'identityResolved', identity}]);
		expect(state.phase).toEqual({kind: 'ready', next: 'createUser'});
		expect(effects).toEqual([]);
	});

	it('when there are none, the run goes on to the confirmation', () => {
		const {state} = drive(start({lookForLeftovers: true}, 'endpoint'), [
			{type: 'identityResolved', identity},
			{type: 'leftoversFound', items: []},
		]);
		expect(state.phase).toEqual({kind: 'confirm'});
		expect(state.notice).toBeUndefined();
	});

	it('are offered on the dashboard; y deletes them with progress, then the run goes on to the confirmation', () => {
		const offer = offered();
		expect(offer.state.phase).toEqual({
			kind: 'leftovers',
			deleting: false,
			items: FOUND.map((item) => ({...item, status: 'found'})),
		});
		const deleting = drive(offer.state, [{type: 'confirmed'}]);
		expect(deleting.effects).toEqual([{type: 'deleteLeftovers'}]);
		const halfway = drive(deleting.state, [{type: 'leftoverDeleted', kind: 'accessKey', id: 'AKIAOLDKEY'}]);
		expect(halfway.state.phase).toMatchObject({
			kind: 'leftovers',
			deleting: true,
			items: [
				{id: 'AKIAOLDKEY', status: 'deleted'},
				{id: OLD_USER, status: 'found'},
			],
		});
		const after = drive(halfway.state, [
			{type: 'leftoverDeleted', kind: 'user', id: OLD_USER},
			{type: 'leftoversDeleted'},
		]);
		expect(after.state.phase).toEqual({kind: 'confirm'});
		expect(said(after.state)).toEqual({level: 'info', text: 'Deleted the 2 resources earlier runs left behind.'});
		expect(after.state.resources).toEqual({});
	});

	it('n keeps them and goes on, saying how to delete them later', () => {
		const {state, effects} = drive(offered().state, [{type: 'declined'}]);
		expect(state.phase).toEqual({kind: 'confirm'});
		expect(effects).toEqual([]);
		expect(said(state)?.text).toMatch(/sts-mfa cleanup/);
	});

	it('with --yes, go on to the first step after the answer', () => {
		expect(drive(offered({assumeYes: true}).state, [{type: 'declined'}]).state.phase).toEqual({
			kind: 'ready',
			next: 'createUser',
		});
	});

	it('that cannot be deleted are named in a warning, and the run still goes on', () => {
		const {state} = drive(offered().state, [
			{type: 'confirmed'},
			{type: 'leftoverDeleted', kind: 'accessKey', id: 'AKIAOLDKEY', error: 'AccessDenied: not allowed'},
			{type: 'leftoverDeleted', kind: 'user', id: OLD_USER, error: 'DeleteConflict'},
			{type: 'leftoversDeleted'},
		]);
		expect(state.phase).toEqual({kind: 'confirm'});
		expect(said(state)).toEqual({
			level: 'warn',
			text: "Could not delete 2 resources left by earlier runs (AccessDenied: not allowed); run 'sts-mfa cleanup' to delete them later.",
		});
	});

	it('unattended are only mentioned, with sts-mfa cleanup, and never deleted', () => {
		const {state, effects} = offered({autoAdvance: true});
		expect(state.phase).toEqual({kind: 'confirm'});
		expect(effects).toEqual([]);
		expect(said(state)).toEqual({
			level: 'warn',
			text: "2 resources left by earlier runs are still on this target: run 'sts-mfa cleanup' to delete them.",
		});
	});

	it('unattended with --yes, are still mentioned although the first step starts at once', () => {
		const {state, effects} = offered({autoAdvance: true, assumeYes: true});
		expect(state.phase).toEqual({kind: 'running', step: 'createUser'});
		expect(effects).toMatchObject([{type: 'createUser'}]);
		expect(said(state)?.text).toMatch(/sts-mfa cleanup/);
	});

	it('a failed search does not stop the demo', () => {
		const {state} = drive(start({lookForLeftovers: true}, 'endpoint'), [
			{type: 'identityResolved', identity},
			{type: 'leftoversUnchecked', reason: 'AccessDenied'},
		]);
		expect(state.phase).toEqual({kind: 'confirm'});
		expect(said(state)?.text).toMatch(/Could not look for leftovers of earlier runs \(AccessDenied\)/);
	});

	it('q during the offer exits: nothing of this run exists yet', () => {
		const {state, effects} = drive(offered().state, [{type: 'quitRequested'}]);
		expect(state.phase).toEqual({kind: 'exiting', exitCode: 1});
		expect(effects).toEqual([]);
	});

	it('answers arriving out of turn change nothing', () => {
		const offer = offered().state;
		expect(drive(offer, [{type: 'leftoversDeleted'}]).state).toBe(offer);
		expect(
			drive(start({lookForLeftovers: true}, 'endpoint'), [{type: 'leftoversFound', items: FOUND}]).state.phase,
		).toEqual({kind: 'preflight'});
	});
});
