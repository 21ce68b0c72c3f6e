import {randomUUID} from 'node:crypto';
import {authenticate, type CredentialSource} from './auth/authenticate.js';
import {SignatureVerifier} from './auth/sigv4.js';
import {SandboxError} from './errors.js';
import {evaluateGrant, type GrantPolicies, type PolicyLayer, requestContext, sessionPolicyOf} from './policy/index.js';
import {errorResponse, parseCall, successResponse, unknownOperationOf} from './protocol/dispatch.js';
import type {SandboxRequest, SandboxResponse} from './protocol/request.js';
import {serviceOf, signingRegion} from './protocol/service.js';
import type {ActionContext, ActionResult, ActionSpec, Principal, SandboxService} from './types.js';

/** An action whose `run` may be asynchronous. */
export type RoutableAction = Omit<ActionSpec, 'run'> & {
	run(context: ActionContext): ActionResult | Promise<ActionResult>;
};
export type ActionRegistry = Readonly<Partial<Record<SandboxService, Readonly<Record<string, RoutableAction>>>>>;

/** A request the router answered for an authenticated caller and an operation it implements. */
export interface AnsweredRequest {
	readonly context: ActionContext;
	readonly sourceIp: string;
	readonly userAgent: string | undefined;
	/** Absent when the call succeeded. */
	readonly error?: SandboxError;
}

export interface RouterDependencies {
	readonly store: CredentialSource & {
		/** The principal's identity policies ('admin' = all) and permissions boundary. */
		permissionsOf(principal: Principal, now: number): Omit<GrantPolicies, 'session'>;
	};
	readonly actions: ActionRegistry;
	/** Refuses calls that session credentials may not make (e.g. IAM without MFA). */
	readonly sessionMayCall: (principal: Principal, service: SandboxService, action: string) => SandboxError | undefined;
	readonly now: () => number;
	/** Awaited after each successful action, before the answer goes out (persistence). */
	readonly afterAction?: () => Promise<void>;
	/** Told about unexpected exceptions (the caller answers InternalFailure either way). */
	readonly onInternalError?: (error: unknown, service: SandboxService, action: string | undefined) => void;
	/** Told about every answered request, allowed or refused (the CloudTrail event history). */
	readonly onAnswered?: (answered: AnsweredRequest) => void;
}

/**
 * service (from the credential scope) → authenticate → parse → session rules → authorize → run →
 * serialize; every answer to an authenticated call of an implemented operation is then reported.
 */
export function createRouter(dependencies: RouterDependencies): (request: SandboxRequest) => Promise<SandboxResponse> {
	const verifier = new SignatureVerifier();
	return async (request) => {
		const requestId = randomUUID();
		const service = serviceOf(request);
		let action: string | undefined;
		let context: ActionContext | undefined;
		try {
			// Authentication comes first, as on AWS: an unsigned or tampered request learns nothing more.
			const now = dependencies.now();
			const principal = await authenticate(request, service, dependencies.store, verifier, now);
			const call = parseCall(service, request);
			action = call.action;
			const registry = dependencies.actions[service] ?? {};
			// Own properties only: Action=constructor must not find Object.prototype's.
			const spec = Object.hasOwn(registry, call.action) ? registry[call.action] : undefined;
			if (!spec) throw service === 's3' ? s3NotImplemented(call.action) : unknownOperationOf(service, call.action);
			context = {
				service,
				action: call.action,
				principal,
				params: call.params,
				body: call.body,
				...(call.payload === undefined ? {} : {payload: call.payload}),
				...(call.headers === undefined ? {} : {headers: call.headers}),
				now,
				requestId,
				region: signingRegion(request) ?? 'us-east-1',
			};
			const refusal = dependencies.sessionMayCall(principal, service, call.action);
			if (refusal) throw refusal;
			authorize(dependencies.store, spec, context, request.sourceIp);
			const result = await spec.run(context);
			await dependencies.afterAction?.();
			answered(dependencies, request, context);
			return successResponse(service, call.action, result, requestId);
		} catch (thrown) {
			if (!(thrown instanceof SandboxError)) dependencies.onInternalError?.(thrown, service, action);
			const error = thrown instanceof SandboxError ? thrown : internalFailure(service);
			if (context) answered(dependencies, request, context, error);
			return errorResponse(service, error, requestId);
		}
	};
}

function answered(
	dependencies: RouterDependencies,
	request: SandboxRequest,
	context: ActionContext,
	error?: SandboxError,
): void {
	const userAgent = request.headers['user-agent'];
	dependencies.onAnswered?.({context, sourceIp: request.sourceIp, userAgent, ...(error ? {error} : {})});
}

function authorize(
	store: RouterDependencies['store'],
	spec: RoutableAction,
	context: ActionContext,
	sourceIp: string,
): void {
	if (spec.iamAction === undefined) return;
	const permissions = store.permissionsOf(context.principal, context.now);
	const session = sessionPolicyOf(context.principal);
	if (permissions.identity === 'admin' && session === undefined) return;
	const resource = spec.resource(context);
	const {decision, deniedBy = 'identity'} = evaluateGrant(
		{...permissions, ...(session === undefined ? {} : {session})},
		{
			action: spec.iamAction,
			resource,
			context: requestContext(context.principal, {now: context.now, sourceIp, secureTransport: false}),
		},
	);
	if (decision === 'allow') return;
	if (context.service === 's3') throw new SandboxError('AccessDenied', 'Access Denied', 403);
	const why =
		decision === 'explicitDeny'
			? `with an explicit deny in a${deniedBy === 'identity' ? 'n' : ''} ${LAYER_WORDS[deniedBy]}`
			: `because no ${LAYER_WORDS[deniedBy]} allows the ${spec.iamAction} action`;
	throw new SandboxError(
		'AccessDenied',
		`User: ${context.principal.arn} is not authorized to perform: ${spec.iamAction} on resource: ${resource} ${why}`,
		403,
	);
}

/** How AWS's AccessDenied names the kind of policy that denied. */
const LAYER_WORDS: Record<PolicyLayer, string> = {
	identity: 'identity-based policy',
	boundary: 'permissions boundary',
	session: 'session policy',
};

function s3NotImplemented(action: string): SandboxError {
	return new SandboxError('NotImplemented', `The sandbox does not implement ${action}.`, 501, 'Receiver');
}

/** What the client sees of an exception the sandbox did not expect: nothing about its cause. */
export function internalFailure(service: SandboxService): SandboxError {
	return service === 's3'
		? new SandboxError('InternalError', 'We encountered an internal error. Please try again.', 500, 'Receiver')
		: new SandboxError(
				'InternalFailure',
				'The request processing has failed because of an unknown error, exception or failure.',
				500,
				'Receiver',
			);
}

export {errorResponse};
