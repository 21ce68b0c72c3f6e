import {ACCOUNT, EXPLAINED} from '../support/fixtures.js';
import type {CodeProblem} from '../../source/scenario/notices.js';
import {demoNames} from '../../source/scenario/names.js';
import {SESSION_TOKEN} from '../../source/scenario/scenarios/session-token.js';
import {initialState} from '../../source/scenario/update.js';
import type {Phase, ScenarioController, ScenarioState, StepProgress, UiEvent} from '../../source/scenario/types.js';
import {Secret} from '../../source/secret.js';
import {eventually as retryUntilPasses} from '../support/wait-until.js';

/** Known secret values: tests assert none of them ever reaches a frame. */
export const SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzSECRETzz';
/** 64 Base32 characters, like AWS's seeds. */
export const SEED = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const OTPAUTH_URI = `otpauth://totp/sts-mfa:sts-mfa-demo-r1a2b3?secret=${SEED}&issuer=sts-mfa`;
/** The names and the policy a real session-token run uses, so the views are tested with what users see. */
const NAMES = demoNames('r1a2b3');
export const POLICY = SESSION_TOKEN.userPolicy.document();

export {EXPLAINED};

export function baseState(phase: Phase = {kind: 'ready', next: 'createUser'}): ScenarioState {
	const initial = initialState(
		{kind: 'sandbox', region: 'us-east-1', endpoint: 'http://127.0.0.1:4566'},
		{autoMfa: false, assumeYes: false, autoAdvance: false, propagationTimeoutMs: 60_000},
		NAMES,
	);
	return {
		...initial,
		identity: {account: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/admin`, userId: 'AIDAADMIN'},
		phase,
	};
}

function done(ms: number): StepProgress {
	return {status: 'done', ms};
}

/** Every resource created; the steps up to the policy done. */
export function createdState(phase: Phase): ScenarioState {
	const base = baseState(phase);
	return {
		...base,
		steps: {
			...base.steps,
			createUser: done(42),
			createMfaDevice: done(31),
			enableMfaDevice: done(55),
			createAccessKey: done(12),
			putUserPolicy: done(840),
		},
		resources: {
			user: {
				userName: 'sts-mfa-demo-r1a2b3',
				userId: 'AIDAUSER',
				arn: 'arn:aws:iam::123456789012:user/sts-mfa/sts-mfa-demo-r1a2b3',
				path: '/sts-mfa/',
			},
			mfaDevice: {
				serialNumber: 'arn:aws:iam::123456789012:mfa/sts-mfa/sts-mfa-demo-r1a2b3',
				seed: new Secret(SEED),
				otpauthUri: new Secret(OTPAUTH_URI),
				enabled: true,
			},
			accessKey: {accessKeyId: 'AKIAEXAMPLEDEMOKEY01', secretAccessKey: new Secret(SECRET_ACCESS_KEY)},
			policy: {policyName: NAMES.policyName, document: POLICY, inForce: true},
		},
		trace: [
			{
				id: 1,
				service: 'iam',
				operation: 'CreateUser',
				principal: 'operator',
				params: {UserName: 'sts-mfa-demo-r1a2b3'},
				outcome: 'ok',
				ms: 42,
				at: new Date(0),
			},
			{
				id: 2,
				service: 'iam',
				operation: 'CreateAccessKey',
				principal: 'operator',
				params: {UserName: 'sts-mfa-demo-r1a2b3'},
				outcome: 'ok',
				ms: 12,
				at: new Date(0),
			},
			{
				id: 3,
				service: 's3',
				operation: 'ListBuckets',
				principal: 'session',
				params: {},
				outcome: 'error',
				errorCode: 'AccessDenied',
				ms: 7,
				at: new Date(0),
			},
		],
	};
}

/** The device was just created and waits for its two enabling codes. */
export function enableCodeState(error?: CodeProblem): ScenarioState {
	const state = createdState({
		kind: 'codeEntry',
		step: 'enableMfaDevice',
		entry: {purpose: 'enable', needed: 2, codes: [], ...(error ? {error} : {})},
	});
	const device = state.resources.mfaDevice!;
	return {
		...state,
		steps: {
			...baseState().steps,
			createUser: done(42),
			createMfaDevice: done(31),
			enableMfaDevice: {status: 'running'},
		},
		resources: {user: state.resources.user, mfaDevice: {...device, enabled: false}},
	};
}

/** The whole demo proved, then torn down. */
export function finishedState(): ScenarioState {
	const state = createdState({kind: 'finished'});
	return {
		...state,
		steps: {...state.steps, sessionWithoutMfa: done(20), sessionWithMfa: done(25), teardown: done(60)},
		results: {
			withoutMfa: {denied: true, errorCode: 'AccessDenied', message: 'Access Denied', explanation: EXPLAINED},
			withMfa: {
				buckets: [{name: 'demo-logs'}, {name: 'demo-reports'}],
				sessionAccessKeyId: 'ASIASESSIONKEY000001',
				expiration: new Date(Date.now() + 3_600_000),
			},
		},
		teardown: {
			reason: 'finished',
			completed: true,
			items: [
				{kind: 'userPolicy', id: NAMES.policyName, status: 'done'},
				{kind: 'accessKey', id: 'AKIAEXAMPLEDEMOKEY01', status: 'done'},
				{kind: 'mfaDeactivation', id: 'arn:aws:iam::123456789012:mfa/sts-mfa/sts-mfa-demo-r1a2b3', status: 'done'},
				{kind: 'virtualMfaDevice', id: 'arn:aws:iam::123456789012:mfa/sts-mfa/sts-mfa-demo-r1a2b3', status: 'done'},
				{kind: 'user', id: 'sts-mfa-demo-r1a2b3', status: 'done'},
			],
		},
	};
}

/** A controller the test drives by hand: records what the views dispatch, publishes states. */
export class FakeController implements ScenarioController {
	readonly events: UiEvent[] = [];
	readonly done: Promise<number>;
	#state: ScenarioState;
	readonly #listeners = new Set<(state: ScenarioState) => void>();
	#resolve: (code: number) => void = () => {};

	constructor(state: ScenarioState) {
		this.#state = state;
		this.done = new Promise((resolve) => {
			this.#resolve = resolve;
		});
	}

	getState(): ScenarioState {
		return this.#state;
	}

	subscribe(listener: (state: ScenarioState) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	dispatch(event: UiEvent): void {
		this.events.push(event);
	}

	publish(state: ScenarioState): void {
		this.#state = state;
		for (const listener of this.#listeners) listener(state);
		if (state.phase.kind === 'exiting') this.#resolve(state.phase.exitCode);
	}

	types(): string[] {
		return this.events.map((event) => event.type);
	}
}

/** Retries `check` until it passes (test/support/wait-until.ts), by default for up to 10 s. */
export const eventually = <T>(check: () => T, timeoutMs = 10_000): Promise<T> =>
	retryUntilPasses(check, {timeoutMs, intervalMs: 10});

// Keys as a terminal sends them.
export const KEYS = {
	enter: '\r',
	escape: '\u001B',
	left: '\u001B[D',
	right: '\u001B[C',
	up: '\u001B[A',
	down: '\u001B[B',
	ctrlC: '\u0003',
} as const;
