import {scenarioOf} from '../../source/scenario/scenarios/index.js';
import {type NoticeWords, noticeWords} from '../../source/words/notices.js';
import {Secret} from '../../source/secret.js';
import type {ScenarioEvent} from '../../source/scenario/events.js';
import {demoNames} from '../../source/scenario/names.js';
import type {ScenarioOptions, ScenarioState, StepId, TargetKind} from '../../source/scenario/types.js';
import {initialState, update, type Transition} from '../../source/scenario/update.js';

import {ACCOUNT, EXPLAINED} from '../support/fixtures.js';

export {ACCOUNT, EXPLAINED};
export const NOW = 1_700_000_000_000;
export const SEED = new Secret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
export const SECRET_KEY = new Secret('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY');
export const names = demoNames('abc12345');
export const USER = {
	userName: names.userName,
	userId: 'AIDAUSER',
	arn: `arn:aws:iam::${ACCOUNT}:user/sts-mfa/${names.userName}`,
	path: '/sts-mfa/',
};
export const SERIAL = `arn:aws:iam::${ACCOUNT}:mfa/sts-mfa/${names.deviceName}`;
export const KEY_ID = 'AKIAUSERKEY';

export function start(options: Partial<ScenarioOptions> = {}, kind: TargetKind = 'sandbox'): ScenarioState {
	const full: ScenarioOptions = {
		autoMfa: false,
		assumeYes: false,
		autoAdvance: false,
		propagationTimeoutMs: 10_000,
		...options,
	};
	return initialState(
		{kind, region: 'us-east-1', endpoint: kind === 'aws' ? undefined : 'http://127.0.0.1:4566'},
		full,
		names,
	);
}

/** Applies events one by one; returns the last transition. */
export function drive(state: ScenarioState, events: readonly ScenarioEvent[], now = NOW): Transition {
	let transition: Transition = {state, effects: []};
	for (const event of events) transition = update(transition.state, event, now);
	return transition;
}

/** The events that take a run from the start to `step` being ready (sandbox, manual mode). */
export function eventsUpTo(step: StepId): ScenarioEvent[] {
	const all: [StepId, ScenarioEvent[]][] = [
		[
			'createUser',
			[{type: 'identityResolved', identity: {account: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:root`, userId: ACCOUNT}}],
		],
		['createMfaDevice', [{type: 'nextRequested'}, {type: 'userCreated', user: USER}]],
		['enableMfaDevice', [{type: 'nextRequested'}, {type: 'mfaDeviceCreated', serialNumber: SERIAL, seed: SEED}]],
		[
			'createAccessKey',
			[
				{type: 'nextRequested'},
				{type: 'codeSubmitted', code: '111111'},
				{type: 'codeSubmitted', code: '222222'},
				{type: 'mfaDeviceEnabled', acceptedStep: 100},
			],
		],
		[
			'putUserPolicy',
			[{type: 'nextRequested'}, {type: 'accessKeyCreated', accessKeyId: KEY_ID, secretAccessKey: SECRET_KEY}],
		],
		[
			'sessionWithoutMfa',
			[
				{type: 'nextRequested'},
				{type: 'userPolicyPut'},
				{type: 'propagationChecked', keyWorks: true, policyInForce: true},
			],
		],
		[
			'sessionWithMfa',
			[
				{type: 'nextRequested'},
				{
					type: 'listingWithoutMfaDenied',
					errorCode: 'AccessDenied',
					message: 'denied',
					sessionExpiration: new Date(NOW + 900_000),
				},
				{type: 'denialExplained', explanation: EXPLAINED},
			],
		],
		[
			'teardown',
			[
				{type: 'nextRequested'},
				{type: 'codeSubmitted', code: '333333'},
				{
					type: 'listingWithMfaSucceeded',
					buckets: [{name: 'demo-bucket'}],
					sessionAccessKeyId: 'ASIASESSION',
					expiration: new Date(NOW + 900_000),
					acceptedStep: 101,
				},
			],
		],
	];
	const events: ScenarioEvent[] = [];
	for (const [id, before] of all) {
		events.push(...before);
		if (id === step) return events;
	}
	return events;
}

export function readyAt(step: StepId, options: Partial<ScenarioOptions> = {}): ScenarioState {
	return drive(start(options), eventsUpTo(step)).state;
}

/** The state's notice in the words the front ends print (the state holds it as data). */
export function said(state: ScenarioState): NoticeWords | undefined {
	return state.notice && noticeWords(state.notice, scenarioOf(state));
}
