import {describe, expect, it} from 'vitest';
import type {StepId} from '../../source/scenario/types.js';
import {update} from '../../source/scenario/update.js';
import {drive, said, eventsUpTo, KEY_ID, names, NOW, readyAt, SEED, SERIAL, start} from './fixtures.js';

const RUNNABLE: StepId[] = [
	'createUser',
	'createMfaDevice',
	'enableMfaDevice',
	'createAccessKey',
	'putUserPolicy',
	'sessionWithoutMfa',
	'sessionWithMfa',
];
const CODE_STEPS = new Set<StepId>(['enableMfaDevice', 'sessionWithMfa']);
const denied = {code: 'Aws.accessDenied', awsCode: 'AccessDenied', message: 'IAM X: not authorized'};

/** The state with `step` in flight (codes typed for the code steps). */
function inFlight(step: StepId, autoAdvance = false) {
	const ready = readyAt(step, {autoAdvance: false});
	const running = drive(ready, [
		{type: 'nextRequested'},
		...(CODE_STEPS.has(step)
			? [
					{type: 'codeSubmitted' as const, code: '111111'},
					{type: 'codeSubmitted' as const, code: '222222'},
				]
			: []),
	]).state;
	return {...running, options: {...running.options, autoAdvance}};
}

/** What teardown would delete once each step has been reached, in IAM's order. */
const CREATED_BEFORE: Record<StepId, readonly string[]> = {
	createUser: [],
	createMfaDevice: ['user'],
	enableMfaDevice: ['virtualMfaDevice', 'user'],
	createAccessKey: ['mfaDeactivation', 'virtualMfaDevice', 'user'],
	putUserPolicy: ['accessKey', 'mfaDeactivation', 'virtualMfaDevice', 'user'],
	sessionWithoutMfa: ['userPolicy', 'accessKey', 'mfaDeactivation', 'virtualMfaDevice', 'user'],
	listWithLongTermKey: ['userPolicy', 'accessKey', 'mfaDeactivation', 'virtualMfaDevice', 'user'],
	// assume-role's steps; not reached in session-token, whose flow this table follows.
	createRole: [],
	assumeRoleWithoutMfa: [],
	assumeRoleWithMfa: [],
	sessionWithMfa: ['userPolicy', 'accessKey', 'mfaDeactivation', 'virtualMfaDevice', 'user'],
	teardown: [],
};

describe.each(RUNNABLE)('a failure at %s', (step) => {
	it('waits for the user, who can retry the same step', () => {
		const {state, effects} = update(inFlight(step), {type: 'stepFailed', step, error: denied}, NOW + 10);
		expect(effects).toEqual([]);
		expect(state.phase).toEqual({kind: 'failed', step, error: denied});
		expect(state.steps[step]).toMatchObject({status: 'failed', error: denied, ms: 10});
		const retried = update(state, {type: 'retryRequested'}, NOW + 20);
		expect(retried.state.steps[step]).toEqual({status: 'running', startedAt: NOW + 20});
		expect(retried.state.phase.kind).toBe(CODE_STEPS.has(step) ? 'codeEntry' : 'running');
		if (!CODE_STEPS.has(step))
			expect(retried.effects).toEqual(update(readyAt(step), {type: 'nextRequested'}, NOW).effects);
	});

	it('tears down only what was created when the user asks', () => {
		const failed = update(inFlight(step), {type: 'stepFailed', step, error: denied}, NOW).state;
		const {state} = update(failed, {type: 'teardownRequested'}, NOW);
		expect(state.teardown.items.map((item) => item.kind)).toEqual(CREATED_BEFORE[step]);
		expect(state.teardown.reason).toBe('failed');
		if ((CREATED_BEFORE[step] ?? []).length === 0) expect(state.phase).toEqual({kind: 'finished'});
		else expect(state.phase).toEqual({kind: 'tearingDown', exitAfter: false});
	});

	it('tears down at once in autoAdvance mode and then exits 1', () => {
		const {state, effects} = update(inFlight(step, true), {type: 'stepFailed', step, error: denied}, NOW);
		expect(state.teardown.items.map((item) => item.kind)).toEqual(CREATED_BEFORE[step]);
		expect(effects.map((effect) => effect.type)).toEqual(
			(CREATED_BEFORE[step] ?? []).length > 0 ? ['deleteResource'] : [],
		);
		if ((CREATED_BEFORE[step] ?? []).length === 0) expect(state.phase).toEqual({kind: 'exiting', exitCode: 1});
		for (const later of RUNNABLE.slice(RUNNABLE.indexOf(step) + 1)) expect(state.steps[later]?.status).toBe('skipped');
	});
});

describe('teardown from every phase', () => {
	it('from preflight and confirm there is nothing to delete', () => {
		expect(update(start(), {type: 'quitRequested'}, NOW).state.phase).toEqual({kind: 'exiting', exitCode: 1});
		expect(update(start(), {type: 'teardownRequested'}, NOW).state.phase).toEqual({kind: 'finished'});
		const confirm = drive(start({}, 'endpoint'), eventsUpTo('createUser')).state;
		expect(confirm.phase.kind).toBe('confirm');
		expect(update(confirm, {type: 'quitRequested'}, NOW).state.phase).toEqual({kind: 'exiting', exitCode: 1});
	});

	it.each(RUNNABLE)('quitting while %s runs also deletes what that call may have created', (step) => {
		const running = inFlight(step);
		const {state} = update(running, {type: 'quitRequested'}, NOW);
		expect(state.phase).toEqual({kind: 'tearingDown', exitAfter: true});
		expect(state.teardown.reason).toBe('quit');
		expect(state.steps[step]?.status).toBe('skipped');
		const kinds = state.teardown.items.map((item) => item.kind);
		const expected: Record<string, string[]> = {
			createUser: ['user'],
			createMfaDevice: ['virtualMfaDevice', 'user'],
			enableMfaDevice: ['mfaDeactivation', 'virtualMfaDevice', 'user'],
			createAccessKey: ['accessKey', 'mfaDeactivation', 'virtualMfaDevice', 'user'],
			putUserPolicy: ['userPolicy', 'accessKey', 'mfaDeactivation', 'virtualMfaDevice', 'user'],
		};
		expect(kinds).toEqual(expected[step] ?? CREATED_BEFORE[step]);
	});

	it('derives the serial of a device whose creation was cut short, and deletes every key of an unknown key', () => {
		const device = update(inFlight('createMfaDevice'), {type: 'quitRequested'}, NOW).state;
		expect(device.teardown.items[0]).toEqual({
			kind: 'virtualMfaDevice',
			id: SERIAL,
			status: 'running',
			uncertain: true,
		});
		const key = update(inFlight('createAccessKey'), {type: 'quitRequested'}, NOW).state;
		expect(key.teardown.items[0]).toEqual({kind: 'accessKey', id: '*', status: 'running', uncertain: true});
	});

	it('does not delete a same-named user that AWS said already existed', () => {
		const conflict = {code: 'Aws.conflict', awsCode: 'EntityAlreadyExists', message: 'exists'};
		const network = {code: 'Aws.network', message: 'no answer'};
		const afterConflict = drive(inFlight('createUser'), [
			{type: 'stepFailed', step: 'createUser', error: conflict},
			{type: 'teardownRequested'},
		]).state;
		expect(afterConflict.teardown.items).toEqual([]);
		const afterNetwork = drive(inFlight('createUser'), [
			{type: 'stepFailed', step: 'createUser', error: network},
			{type: 'teardownRequested'},
		]).state;
		expect(afterNetwork.teardown.items.map((item) => item.id)).toEqual([names.userName]);
	});

	it('from ready, code entry and finished', () => {
		expect(
			update(readyAt('createAccessKey'), {type: 'teardownRequested'}, NOW).state.teardown.items.map((i) => i.kind),
		).toEqual(['mfaDeactivation', 'virtualMfaDevice', 'user']);
		const entry = drive(readyAt('sessionWithMfa'), [{type: 'nextRequested'}]).state;
		expect(entry.phase.kind).toBe('codeEntry');
		expect(update(entry, {type: 'quitRequested'}, NOW).state.phase).toEqual({kind: 'tearingDown', exitAfter: true});
	});

	it('records a failed deletion, continues with the rest, and reports what was left', () => {
		let {state} = update(readyAt('sessionWithoutMfa'), {type: 'teardownRequested'}, NOW);
		state = update(state, {type: 'teardownItemFinished', kind: 'userPolicy', id: names.policyName}, NOW).state;
		const failedKey = update(
			state,
			{type: 'teardownItemFinished', kind: 'accessKey', id: KEY_ID, error: 'throttled'},
			NOW,
		);
		expect(failedKey.effects).toEqual([
			{type: 'deleteResource', kind: 'mfaDeactivation', id: SERIAL, userName: names.userName, roleName: names.roleName},
		]);
		state = drive(failedKey.state, [
			{type: 'teardownItemFinished', kind: 'mfaDeactivation', id: SERIAL},
			{type: 'teardownItemFinished', kind: 'virtualMfaDevice', id: SERIAL},
			{type: 'teardownItemFinished', kind: 'user', id: names.userName, error: 'DeleteConflict'},
		]).state;
		expect(state.teardown.completed).toBe(false);
		expect(state.steps.teardown?.status).toBe('failed');
		expect(said(state)?.text).toMatch(
			/left behind: the access key AKIAUSERKEY, the IAM user sts-mfa-demo-abc12345; run `sts-mfa cleanup`/,
		);
		expect(update(state, {type: 'quitRequested'}, NOW).state.phase).toEqual({kind: 'exiting', exitCode: 1});
	});

	it('a second quit while tearing down is reported and teardown still finishes', () => {
		const tearing = update(readyAt('createAccessKey'), {type: 'teardownRequested'}, NOW).state;
		const again = update(tearing, {type: 'quitRequested'}, NOW);
		expect(again.effects).toEqual([]);
		expect(again.state.phase).toEqual({kind: 'tearingDown', exitAfter: true});
		expect(said(again.state)?.text).toMatch(/Still tearing down/);
		expect(again.state.teardown.items).toEqual(tearing.teardown.items);
	});

	it('abandoning the teardown exits at once, names what is left and the command that removes it, and keeps the journal', () => {
		const tearing = update(readyAt('createAccessKey'), {type: 'quitRequested'}, NOW).state;
		expect(tearing.phase).toEqual({kind: 'tearingDown', exitAfter: true});
		const left = update(tearing, {type: 'teardownAbandoned'}, NOW);
		expect(left.effects).toEqual([]);
		expect(left.state.phase).toEqual({kind: 'exiting', exitCode: 1});
		expect(left.state.teardown).toMatchObject({completed: false, abandoned: true});
		expect(left.state.steps.teardown?.status).toBe('failed');
		expect(said(left.state)?.text).toBe(
			`left behind: the MFA device ${SERIAL.split('/').pop()}, the IAM user ${names.userName}; run \`sts-mfa cleanup\``,
		);
	});

	it('a double Ctrl-C during the first step names no user that was never created (issue 21, point 12)', () => {
		const tearing = update(inFlight('createUser'), {type: 'quitRequested'}, NOW).state;
		// The user's create was cut short: it is deleted by name, to be safe, but it may not exist.
		expect(tearing.teardown.items).toMatchObject([{kind: 'user', id: names.userName, uncertain: true}]);
		const left = update(tearing, {type: 'teardownAbandoned'}, NOW).state;
		expect(said(left)?.text).not.toContain(names.userName);
		expect(said(left)?.text).toBe('left behind: nothing known; run `sts-mfa cleanup`');
		// A deletion refused for another reason than "already gone" says it exists: then it is named.
		const refused = update(
			tearing,
			{type: 'teardownItemFinished', kind: 'user', id: names.userName, error: 'AccessDenied'},
			NOW,
		).state;
		expect(said(refused)?.text).toContain(names.userName);
	});

	it('a signal says how long the teardown has before sts-mfa leaves anyway (issue 21, point 11)', () => {
		const tearing = update(readyAt('createAccessKey'), {type: 'quitRequested', deadlineSeconds: 15}, NOW).state;
		expect(said(tearing)?.text).toMatch(/^Tearing down for at most 15 s, then sts-mfa leaves/);
	});

	it('before any teardown, abandoning means quitting: tear down first', () => {
		const quit = update(readyAt('createAccessKey'), {type: 'teardownAbandoned'}, NOW);
		expect(quit.state.phase).toEqual({kind: 'tearingDown', exitAfter: true});
		expect(quit.effects).toHaveLength(1);
	});

	it('ignores outcomes of calls that belong to a state already left', () => {
		const tearing = update(inFlight('createUser'), {type: 'quitRequested'}, NOW).state;
		expect(
			update(tearing, {type: 'userCreated', user: {userName: 'x', userId: 'x', arn: 'x', path: '/'}}, NOW).state,
		).toBe(tearing);
		const finished = update(start(), {type: 'teardownRequested'}, NOW).state;
		expect(update(finished, {type: 'mfaDeviceCreated', serialNumber: SERIAL, seed: SEED}, NOW).state).toBe(finished);
	});
});
