import {randomUUID} from 'node:crypto';
import {authenticate, type CredentialSource} from './auth/authenticate.js';
import {SignatureVerifier} from './auth/sigv4.js';
import {SandboxError} from './errors.js';
import {evaluateGrant, requestContext, sessionPolicyOf, type PolicyDocument} from './policy/index.js';
import {parseQueryCall, queryError, querySuccess, QUERY_SERVICES, unknownOperation} from './protocol/query.js';
import type {SandboxRequest, SandboxResponse} from './protocol/request.js';
import {parseS3Call, s3Error, s3Success} from './protocol/s3.js';
import {serviceOf, signingRegion} from './protocol/service.js';
import type {ActionContext, ActionResult, ActionSpec, Principal, SandboxService} from './types.js';

/** An action whose `run` may be asynchronous. */
export type RoutableAction = Omit<ActionSpec, 'run'> & {
	run(context: ActionContext): ActionResult | Promise<ActionResult>;
};
export type ActionRegistry = Readonly<Record<SandboxService, Readonly<Record<string, RoutableAction>>>>;

export interface RouterDependencies {
	readonly store: CredentialSource & {
		policiesFor(principal: Principal, now: number): readonly PolicyDocument[] | 'admin';
	};
	readonly actions: ActionRegistry;
	/** Refuses calls that session credentials may not make (e.g. IAM without MFA). */
	readonly sessionMayCall: (principal: Principal, service: SandboxService, action: string) => SandboxError | undefined;
	readonly now: () => number;
	/** Awaited after each successful action, before the answer goes out (persistence). */
	readonly afterAction?: () => Promise<void>;
	/** Told about unexpected exceptions (the caller answers InternalFailure either way). */
	readonly onInternalError?: (error: unknown, service: SandboxService, action: string | undefined) => void;
}

interface Call {
	readonly action: string;
	readonly params: Readonly<Record<string, string>>;
	readonly body: string;
}

/** service (from the credential scope) → authenticate → parse → session rules → authorize → run → serialize. */
export function createRouter(dependencies: RouterDependencies): (request: SandboxRequest) => Promise<SandboxResponse> {
	const verifier = new SignatureVerifier();
	return async (request) => {
		const requestId = randomUUID();
		const service = serviceOf(request);
		let action: string | undefined;
		try {
			// Authentication comes first, as on AWS: an unsigned or tampered request learns nothing more.
			const now = dependencies.now();
			const principal = await authenticate(request, service, dependencies.store, verifier, now);
			const call = parseCall(service, request);
			action = call.action;
			const registry = dependencies.actions[service];
			// Own properties only: Action=constructor must not find Object.prototype's.
			const spec = Object.hasOwn(registry, call.action) ? registry[call.action] : undefined;
			if (!spec)
				throw service === 's3'
					? s3NotImplemented(call.action)
					: unknownOperation(call.action, QUERY_SERVICES[service].version);
			const refusal = dependencies.sessionMayCall(principal, service, call.action);
			if (refusal) throw refusal;
			const context: ActionContext = {
				service,
				action: call.action,
				principal,
				params: call.params,
				body: call.body,
				now,
				requestId,
				region: signingRegion(request) ?? 'us-east-1',
			};
			authorize(dependencies.store, spec, context, request.sourceIp);
			const result = await spec.run(context);
			await dependencies.afterAction?.();
			return service === 's3' ? s3Success(result, requestId) : querySuccess(service, call.action, result, requestId);
		} catch (error) {
			if (!(error instanceof SandboxError)) dependencies.onInternalError?.(error, service, action);
			return errorResponse(service, error instanceof SandboxError ? error : internalFailure(service), requestId);
		}
	};
}

function parseCall(service: SandboxService, request: SandboxRequest): Call {
	if (service === 's3') return parseS3Call(request);
	return {...parseQueryCall(service, request), body: ''};
}

function authorize(
	store: RouterDependencies['store'],
	spec: RoutableAction,
	context: ActionContext,
	sourceIp: string,
): void {
	if (spec.iamAction === undefined) return;
	const policies = store.policiesFor(context.principal, context.now);
	const sessionPolicy = sessionPolicyOf(context.principal);
	if (policies === 'admin' && sessionPolicy === undefined) return;
	const resource = spec.resource(context);
	const decision = evaluateGrant(policies, sessionPolicy, {
		action: spec.iamAction,
		resource,
		context: requestContext(context.principal, {now: context.now, sourceIp, secureTransport: false}),
	});
	if (decision === 'allow') return;
	if (context.service === 's3') throw new SandboxError('AccessDenied', 'Access Denied', 403);
	const why =
		decision === 'explicitDeny'
			? `with an explicit deny in ${sessionPolicy ? 'a session policy or ' : ''}an identity-based policy`
			: `because no ${sessionPolicy ? 'session policy or ' : ''}identity-based policy allows the ${spec.iamAction} action`;
	throw new SandboxError(
		'AccessDenied',
		`User: ${context.principal.arn} is not authorized to perform: ${spec.iamAction} on resource: ${resource} ${why}`,
		403,
	);
}

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

export function errorResponse(service: SandboxService, error: SandboxError, requestId: string): SandboxResponse {
	return service === 's3' ? s3Error(error, requestId) : queryError(service, error, requestId);
}
