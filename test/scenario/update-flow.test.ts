import {describe, expect, it} from 'vitest';
import {OPERATOR_ACTIONS} from '../../source/scenario/policy.js';
import {SESSION_TOKEN} from '../../source/scenario/scenarios/session-token.js';
import {update} from '../../source/scenario/update.js';
import {
	said,
	ACCOUNT,
	drive,
	eventsUpTo,
	EXPLAINED,
	KEY_ID,
	names,
	NOW,
	readyAt,
	SECRET_KEY,
	SEED,
	SERIAL,
	start,
	USER,
} from './fixtures.js';

const identity = {account: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/admin`, userId: 'AIDAADMIN'};

describe('preflight and confirmation', () => {
	it('on the sandbox goes straight to the first step without asking', () => {
		const {state, effects} = drive(start(), [{type: 'identityResolved', identity}]);
		expect(state.phase).toEqual({kind: 'ready', next: 'createUser'});
		expect(state.identity).toEqual(identity);
		expect(effects).toEqual([]);
	});

	it('on AWS checks permissions with the simulator, then asks for confirmation', () => {
		const checking = drive(start({}, 'aws'), [{type: 'identityResolved', identity}]);
		expect(checking.state.phase).toEqual({kind: 'preflight'});
		expect(checking.effects).toEqual([
			{type: 'checkPermissions', policySourceArn: identity.arn, actions: OPERATOR_ACTIONS},
		]);
		const {state} = drive(checking.state, [{type: 'permissionsChecked', missing: ['iam:CreateUser']}]);
		expect(state.phase).toEqual({kind: 'confirm'});
		expect(state.preflight).toEqual({missingPermissions: ['iam:CreateUser'], isRoot: false});
		expect(said(state)).toEqual({level: 'warn', text: 'Missing permissions: iam:CreateUser'});
	});

	it('simulates an assumed role as its role', () => {
		const arn = `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/session-1`;
		const {effects} = drive(start({}, 'aws'), [{type: 'identityResolved', identity: {...identity, arn}}]);
		expect(effects).toEqual([
			{type: 'checkPermissions', policySourceArn: `arn:aws:iam::${ACCOUNT}:role/Admin`, actions: OPERATOR_ACTIONS},
		]);
	});

	it('warns a root caller on AWS and does not try to simulate', () => {
		const {state, effects} = drive(start({}, 'aws'), [
			{type: 'identityResolved', identity: {...identity, arn: `arn:aws:iam::${ACCOUNT}:root`}},
		]);
		expect(effects).toEqual([]);
		expect(state.preflight?.isRoot).toBe(true);
		expect(said(state)?.level).toBe('warn');
		expect(said(state)?.text).toMatch(/root user/);
		expect(state.phase).toEqual({kind: 'confirm'});
	});

	it('treats a refused simulation as not fatal', () => {
		const {state} = drive(start({}, 'aws'), [
			{type: 'identityResolved', identity},
			{type: 'permissionsUnchecked', reason: 'the caller may not use iam:SimulatePrincipalPolicy'},
		]);
		expect(state.phase).toEqual({kind: 'confirm'});
		expect(said(state)?.text).toMatch(/Could not check permissions/);
	});

	it('skips the confirmation with --yes', () => {
		const {state} = drive(start({assumeYes: true}, 'aws'), [
			{type: 'identityResolved', identity},
			{type: 'permissionsChecked', missing: []},
		]);
		expect(state.phase).toEqual({kind: 'ready', next: 'createUser'});
	});

	it('confirmed → first step; declined → exits having created nothing', () => {
		const asking = drive(start({}, 'endpoint'), [{type: 'identityResolved', identity}]).state;
		expect(asking.phase.kind).toBe('confirm');
		expect(update(asking, {type: 'confirmed'}, NOW).state.phase).toEqual({kind: 'ready', next: 'createUser'});
		const declined = update(asking, {type: 'declined'}, NOW);
		expect(declined.state.phase).toEqual({kind: 'exiting', exitCode: 1});
		expect(declined.effects).toEqual([]);
	});

	it('a failed identity check ends the run with the reason, nothing to tear down', () => {
		const error = {
			code: 'Aws.invalidCredentials',
			awsCode: 'InvalidClientTokenId',
			message: 'STS GetCallerIdentity: The security token included in the request is invalid.',
		};
		const manual = drive(start(), [{type: 'preflightFailed', error}]).state;
		expect(manual.phase).toEqual({kind: 'finished'});
		expect(said(manual)).toEqual({level: 'error', text: error.message});
		expect(manual.steps.createUser?.status).toBe('skipped');
		const unattended = drive(start({autoAdvance: true}), [{type: 'preflightFailed', error}]).state;
		expect(unattended.phase).toEqual({kind: 'exiting', exitCode: 1});
	});
});

describe('each step asks for its AWS call and records the result', () => {
	it('creates the user with the run names and tags', () => {
		const {state, effects} = drive(readyAt('createUser'), [{type: 'nextRequested'}]);
		expect(state.phase).toEqual({kind: 'running', step: 'createUser'});
		expect(state.steps.createUser).toEqual({status: 'running', startedAt: NOW});
		expect(effects).toEqual([
			{type: 'createUser', userName: 'sts-mfa-demo-abc12345', path: '/sts-mfa/', tags: names.tags},
		]);
		const done = update(state, {type: 'userCreated', user: USER}, NOW + 40);
		expect(done.state.steps.createUser).toEqual({status: 'done', startedAt: NOW, ms: 40, error: undefined});
		expect(done.state.resources.user).toEqual(USER);
		expect(done.state.phase).toEqual({kind: 'ready', next: 'createMfaDevice'});
	});

	it('creates the device and builds the otpauth URI from the seed', () => {
		const {effects, state} = drive(readyAt('createMfaDevice'), [{type: 'nextRequested'}]);
		expect(effects).toEqual([
			{type: 'createMfaDevice', deviceName: names.deviceName, path: '/sts-mfa/', tags: names.tags},
		]);
		const device = update(state, {type: 'mfaDeviceCreated', serialNumber: SERIAL, seed: SEED}, NOW).state.resources
			.mfaDevice;
		expect(device?.otpauthUri.reveal()).toBe(
			`otpauth://totp/${names.deviceName}@${ACCOUNT}?secret=${SEED.reveal()}&issuer=AWS`,
		);
		expect(JSON.stringify(device)).not.toContain(SEED.reveal());
	});

	it('creates the access key, then puts the policy and polls with backoff', () => {
		expect(drive(readyAt('createAccessKey'), [{type: 'nextRequested'}]).effects).toEqual([
			{type: 'createAccessKey', userName: names.userName},
		]);
		const putting = drive(readyAt('putUserPolicy'), [{type: 'nextRequested'}]);
		expect(putting.effects).toEqual([
			{
				type: 'putUserPolicy',
				userName: names.userName,
				policyName: 'sts-mfa-list-buckets-with-mfa',
				policyDocument: SESSION_TOKEN.userPolicy.document(),
			},
		]);
		let transition = update(putting.state, {type: 'userPolicyPut'}, NOW);
		const credentials = {accessKeyId: KEY_ID, secretAccessKey: SECRET_KEY};
		expect(transition.effects).toEqual([
			{
				type: 'checkPropagation',
				step: 'putUserPolicy',
				userArn: USER.arn,
				credentials,
				delayMs: 0,
				action: 's3:ListAllMyBuckets',
				resourceArn: 'arn:aws:s3:::*',
				// The declared request context: the allowed session's key, and the denied session's.
				allowedContext: [{key: 'aws:MultiFactorAuthPresent', type: 'boolean', values: ['true']}],
				deniedContext: [{key: 'aws:MultiFactorAuthPresent', type: 'boolean', values: ['false']}],
				withoutMfa: 'denied',
			},
		]);
		const delays: number[] = [];
		for (let i = 0; i < 7; i++) {
			transition = update(
				transition.state,
				{type: 'propagationChecked', keyWorks: i > 2, policyInForce: false},
				NOW + i * 100,
			);
			delays.push((transition.effects[0] as {delayMs: number}).delayMs);
		}
		expect(delays).toEqual([150, 300, 600, 1200, 2000, 2000, 2000]);
		expect(transition.state.propagation).toMatchObject({attempts: 7, keyWorks: true, policyInForce: false});
		const inForce = update(
			transition.state,
			{type: 'propagationChecked', keyWorks: true, policyInForce: true},
			NOW + 1000,
		);
		expect(inForce.state.resources.policy?.inForce).toBe(true);
		expect(inForce.state.phase).toEqual({kind: 'ready', next: 'sessionWithoutMfa'});
	});

	it('fails at the propagation deadline with a clear message', () => {
		const polling = drive(readyAt('putUserPolicy'), [{type: 'nextRequested'}, {type: 'userPolicyPut'}]).state;
		const late = update(
			polling,
			{type: 'propagationChecked', keyWorks: true, policyInForce: false, lastError: 'x'},
			NOW + 10_000,
		);
		expect(late.effects).toEqual([]);
		expect(late.state.phase.kind).toBe('failed');
		expect(late.state.steps.putUserPolicy?.error?.message).toMatch(
			/did not take effect within 10 s after 1 checks: the new access key works, the policy is not in force yet/,
		);
		const nearDeadline = update(
			polling,
			{type: 'propagationChecked', keyWorks: false, policyInForce: false},
			NOW + 9_950,
		);
		expect(nearDeadline.effects).toMatchObject([{type: 'checkPropagation', delayMs: 50}]);
	});

	it('records the denied listing without MFA and explains it', () => {
		const {state, effects} = drive(readyAt('sessionWithoutMfa'), [{type: 'nextRequested'}]);
		expect(effects).toEqual([
			{
				type: 'sessionWithoutMfa',
				credentials: {accessKeyId: KEY_ID, secretAccessKey: SECRET_KEY},
				durationSeconds: 900,
			},
		]);
		const expiration = new Date(NOW + 900_000);
		const denied = update(
			state,
			{type: 'listingWithoutMfaDenied', errorCode: 'AccessDenied', message: 'no', sessionExpiration: expiration},
			NOW,
		);
		expect(denied.state.results.withoutMfa).toEqual({
			denied: true,
			errorCode: 'AccessDenied',
			message: 'no',
			sessionExpiration: expiration,
		});
		// The step waits for the simulator's reasons: the user's policies, with the session's false.
		expect(denied.state.phase).toEqual({kind: 'running', step: 'sessionWithoutMfa'});
		expect(denied.effects).toEqual([
			{
				type: 'explainDenial',
				action: 's3:ListAllMyBuckets',
				resourceArn: 'arn:aws:s3:::*',
				key: 'aws:MultiFactorAuthPresent',
				keyValue: 'false',
				allowedValue: 'true',
				ask: {kind: 'principal', policySourceArn: USER.arn},
				document: expect.stringContaining('"aws:MultiFactorAuthPresent": "true"'),
				policyId: 'sts-mfa-list-buckets-with-mfa',
				withBool: undefined,
			},
		]);
		const explained = update(denied.state, {type: 'denialExplained', explanation: EXPLAINED}, NOW);
		expect(explained.state.steps.sessionWithoutMfa?.status).toBe('done');
		expect(explained.state.results.withoutMfa?.explanation).toEqual(EXPLAINED);
		expect(said(explained.state)?.text).toBe(
			'The policy allows s3:ListAllMyBuckets only when aws:MultiFactorAuthPresent is true; this session was issued without MFA, so it is false.',
		);
	});

	it('reports a listing allowed without MFA as not proving the point', () => {
		const {state} = drive(readyAt('sessionWithoutMfa'), [
			{type: 'nextRequested'},
			{type: 'listingWithoutMfaAllowed', buckets: [{name: 'b'}], sessionExpiration: new Date(NOW)},
		]);
		expect(state.phase.kind).toBe('failed');
		expect(state.steps.sessionWithoutMfa?.error?.code).toBe('Scenario.notProved');
		// The reason names the condition key the scenario declares.
		expect(state.steps.sessionWithoutMfa?.error?.message).toContain(
			'does this endpoint enforce aws:MultiFactorAuthPresent?',
		);
		expect(state.results.withoutMfa?.denied).toBe(false);
	});

	it('ends with exit code 0 after a proved run and a complete teardown', () => {
		let transition = drive(readyAt('teardown'), [{type: 'nextRequested'}]);
		expect(transition.effects).toEqual([
			{
				type: 'deleteResource',
				kind: 'userPolicy',
				id: names.policyName,
				userName: names.userName,
				roleName: names.roleName,
			},
		]);
		const order: string[] = [];
		while (transition.effects.length > 0) {
			const effect = transition.effects[0] as {kind: 'user'; id: string};
			order.push(effect.kind);
			transition = update(transition.state, {type: 'teardownItemFinished', kind: effect.kind, id: effect.id}, NOW + 5);
		}
		expect(order).toEqual(['userPolicy', 'accessKey', 'mfaDeactivation', 'virtualMfaDevice', 'user']);
		expect(transition.state.phase).toEqual({kind: 'finished'});
		expect(transition.state.teardown.completed).toBe(true);
		expect(update(transition.state, {type: 'quitRequested'}, NOW).state.phase).toEqual({kind: 'exiting', exitCode: 0});
	});

	it('runs unattended from start to exit in autoAdvance mode', () => {
		const events = eventsUpTo('teardown').filter((event) => event.type !== 'nextRequested');
		const state = drive(start({autoAdvance: true}), events).state;
		expect(state.phase).toEqual({kind: 'tearingDown', exitAfter: true});
		const finished = drive(
			state,
			state.teardown.items.map((item) => ({type: 'teardownItemFinished' as const, kind: item.kind, id: item.id})),
		).state;
		expect(finished.phase).toEqual({kind: 'exiting', exitCode: 0});
	});

	it('keeps only the last 200 trace entries', () => {
		let state = start();
		for (let id = 1; id <= 205; id++) {
			state = update(
				state,
				{
					type: 'traceRecorded',
					entry: {
						id,
						service: 'sts',
						operation: 'GetCallerIdentity',
						principal: 'operator',
						params: {},
						outcome: 'ok',
						ms: 1,
						at: new Date(NOW),
					},
				},
				NOW,
			).state;
		}
		expect(state.trace).toHaveLength(200);
		expect(state.trace[0]?.id).toBe(6);
	});
});

describe('the first screen', () => {
	it('waits for a choice, then runs the chosen scenario with its own policy name', () => {
		const choosing = {...start(), phase: {kind: 'choosing'} as const};
		expect(update(choosing, {type: 'nextRequested'}, NOW)).toEqual({state: choosing, effects: []});
		const {state, effects} = update(choosing, {type: 'scenarioChosen', scenario: 'force-mfa'}, NOW);
		expect(effects).toEqual([{type: 'resolveIdentity'}]);
		expect(state).toMatchObject({scenario: 'force-mfa', phase: {kind: 'preflight'}});
		expect(state.names.policyName).toBe('sts-mfa-force-mfa');
	});
});
