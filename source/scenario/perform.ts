import {AwsError} from '../aws/errors.js';
import type {AwsServices, SimulationContextEntry} from '../aws/types.js';
import {
	diagnoseRefusal,
	enablingCodes,
	PERIOD_MS,
	codeForStep,
	sessionCode,
	stepOfCode,
	timeStep,
} from './authenticator.js';
import type {Effect} from './effects.js';
import type {ScenarioEvent} from './events.js';
import type {LeftoverCleanup, RunJournal, ScenarioState} from './types.js';

/** What a performer may use: the service layer, its own AbortSignal, and a way to report facts. */
export interface PerformContext {
	readonly services: AwsServices;
	readonly signal: AbortSignal;
	readonly journal: RunJournal;
	readonly leftovers: LeftoverCleanup;
	readonly emit: (event: ScenarioEvent) => void;
	readonly getState: () => ScenarioState;
	readonly now: () => number;
	readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

export type Performer<T extends Effect['type']> = (
	effect: Extract<Effect, {type: T}>,
	context: PerformContext,
) => Promise<void>;

/** Codes this close to the end of a step could expire on the way to AWS: wait for the next step. */
const STEP_MARGIN_MS = 2000;

function isAws(error: unknown, kind: AwsError['kind']): error is AwsError {
	return error instanceof AwsError && error.kind === kind;
}

function seedOf(context: PerformContext) {
	const device = context.getState().resources.mfaDevice;
	if (!device) throw new Error('the MFA device is gone from the state');
	return device;
}

const checkPropagation: Performer<'checkPropagation'> = async (effect, context) => {
	const {services, signal} = context;
	if (effect.delayMs > 0) await context.sleep(effect.delayMs, signal);
	const simulate = (contextEntries: readonly SimulationContextEntry[]) =>
		services.iam().simulatePrincipalPolicy(
			// The simulator matches policy resources against resourceArns literally; its default, '*', may not match.
			{
				policySourceArn: effect.userArn,
				actions: [effect.action],
				resourceArns: [effect.resourceArn],
				contextEntries: [...contextEntries],
			},
			signal,
		);
	const [key, withMfa, withoutMfa] = await Promise.allSettled([
		services.sts(effect.credentials).getCallerIdentity(signal),
		simulate(effect.allowedContext),
		simulate(effect.deniedContext),
	]);
	if (signal.aborted) return;
	const failure = [key, withMfa, withoutMfa].find((result) => result.status === 'rejected');
	// The denied request's context: denied by default (Bool true) or by a Deny (BoolIfExists false).
	const withoutDecision = withoutMfa.status === 'fulfilled' ? withoutMfa.value[0]?.decision : undefined;
	const policyInForce =
		withMfa.status === 'fulfilled' &&
		withMfa.value[0]?.decision === 'allowed' &&
		withoutDecision !== undefined &&
		(effect.withoutMfa === 'allowed') === (withoutDecision === 'allowed');
	const lastError =
		failure?.status === 'rejected'
			? failure.reason instanceof Error
				? failure.reason.message
				: String(failure.reason)
			: undefined;
	context.emit({type: 'propagationChecked', keyWorks: key.status === 'fulfilled', policyInForce, lastError});
};

const generateCodes: Performer<'generateCodes'> = async (effect, context) => {
	const waitFor = async (readyAt: number) => {
		context.emit({type: 'authenticatorWaiting', readyAt});
		await context.sleep(Math.max(0, readyAt - context.now()) + 50, context.signal);
	};
	if (effect.purpose === 'enable') {
		const untilNextStep = (timeStep(context.now()) + 1) * PERIOD_MS - context.now();
		if (untilNextStep < STEP_MARGIN_MS) await waitFor(context.now() + untilNextStep);
		context.emit({type: 'codesGenerated', codes: enablingCodes(effect.seed, context.now()).codes});
		return;
	}
	const {step, waitUntil} = sessionCode(context.now(), effect.lastAcceptedStep, effect.allowDrift);
	if (waitUntil !== undefined) await waitFor(waitUntil);
	context.emit({type: 'codesGenerated', codes: [codeForStep(effect.seed, step)]});
};

const enableMfaDevice: Performer<'enableMfaDevice'> = async (effect, context) => {
	const [code1, code2] = effect.codes;
	try {
		await context.services
			.iam()
			.enableMfaDevice({userName: effect.userName, serialNumber: effect.serialNumber, code1, code2}, context.signal);
	} catch (error) {
		if (!isAws(error, 'invalidMfaCode')) throw error;
		const device = seedOf(context);
		const refusal = diagnoseRefusal(device.seed, effect.codes, context.now(), device.lastAcceptedStep);
		context.emit({
			type: 'mfaCodesRejected',
			refusal,
			error: {code: error.code, awsCode: error.awsCode, message: error.message},
		});
		return;
	}
	context.emit({type: 'mfaDeviceEnabled', acceptedStep: stepOfCode(seedOf(context).seed, code2, context.now())});
};

const sessionWithoutMfa: Performer<'sessionWithoutMfa'> = async (effect, context) => {
	const session = await context.services
		.sts(effect.credentials)
		.getSessionToken({durationSeconds: effect.durationSeconds}, context.signal);
	try {
		const buckets = await context.services.s3(session, 'session').listBuckets(context.signal);
		context.emit({type: 'listingWithoutMfaAllowed', buckets, sessionExpiration: session.expiration});
	} catch (error) {
		if (!isAws(error, 'accessDenied')) throw error;
		context.emit({
			type: 'listingWithoutMfaDenied',
			errorCode: error.awsCode,
			message: error.message,
			sessionExpiration: session.expiration,
		});
	}
};

/** Denied, the point of force-mfa: the long-term key's requests have no aws:MultiFactorAuthPresent. */
const listWithLongTermKey: Performer<'listWithLongTermKey'> = async (effect, context) => {
	try {
		const buckets = await context.services.s3(effect.credentials, 'demo-user').listBuckets(context.signal);
		context.emit({type: 'listingWithoutMfaAllowed', buckets});
	} catch (error) {
		if (!isAws(error, 'accessDenied')) throw error;
		context.emit({type: 'listingWithoutMfaDenied', errorCode: error.awsCode, message: error.message});
	}
};

const sessionWithMfa: Performer<'sessionWithMfa'> = async (effect, context) => {
	const {serialNumber, tokenCode, durationSeconds} = effect;
	let session: Awaited<ReturnType<ReturnType<AwsServices['sts']>['getSessionToken']>>;
	try {
		session = await context.services
			.sts(effect.credentials)
			.getSessionToken({durationSeconds, serialNumber, tokenCode}, context.signal);
	} catch (error) {
		if (!isAws(error, 'invalidMfaCode')) throw error;
		const device = seedOf(context);
		const refusal = diagnoseRefusal(device.seed, [tokenCode], context.now(), device.lastAcceptedStep);
		context.emit({
			type: 'mfaCodesRejected',
			refusal,
			error: {code: error.code, awsCode: error.awsCode, message: error.message},
		});
		return;
	}
	const buckets = await context.services.s3(session, 'mfa-session').listBuckets(context.signal);
	const acceptedStep = stepOfCode(seedOf(context).seed, tokenCode, context.now());
	context.emit({
		type: 'listingWithMfaSucceeded',
		buckets,
		sessionAccessKeyId: session.accessKeyId,
		expiration: session.expiration,
		acceptedStep,
		session,
	});
};

/** The same MFA session once its MFA is older than the policy allows: a real wait, then the listing again. */
const listWithMfaSessionLater: Performer<'listWithMfaSessionLater'> = async (effect, context) => {
	const wait = effect.readyAt - context.now();
	if (wait > 0) await context.sleep(wait, context.signal);
	const ageSeconds = () => Math.floor((context.now() - effect.mfaAt) / 1000);
	try {
		await context.services.s3(effect.session, 'mfa-session').listBuckets(context.signal);
		context.emit({type: 'listingAfterMfaAge', denied: false, ageSeconds: ageSeconds()});
	} catch (error) {
		if (!isAws(error, 'accessDenied')) throw error;
		context.emit({type: 'listingAfterMfaAge', denied: true, ageSeconds: ageSeconds(), errorCode: error.awsCode});
	}
};

/** The performers of the scenario's checks and sessions; perform-table.ts joins them with the rest. */
export const SESSION_PERFORMERS = {
	checkPropagation,
	generateCodes,
	enableMfaDevice,
	sessionWithoutMfa,
	listWithLongTermKey,
	sessionWithMfa,
	listWithMfaSessionLater,
} satisfies {readonly [T in Effect['type']]?: Performer<T>};
