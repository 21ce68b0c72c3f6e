import {SandboxError} from '../errors.js';
import {evaluate} from '../policy/index.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionSpec, ContextValue, RequestContext} from '../types.js';
import {paginate} from './pagination.js';
import {ACTION_NAME, ARN} from './params.js';
import {QueryParams} from '../protocol/query-params.js';

const DECISIONS = {allow: 'allowed', explicitDeny: 'explicitDeny', implicitDeny: 'implicitDeny'} as const;
/** botocore: ResourceNameType, 1–2048 characters (an ARN or "*"). */
const RESOURCE_ARN = {min: 1, max: 2048};
const KEY_TYPES = [
	'string',
	'stringList',
	'numeric',
	'numericList',
	'boolean',
	'booleanList',
	'ip',
	'ipList',
	'binary',
	'binaryList',
	'date',
	'dateList',
];

/**
 * SimulatePrincipalPolicy for a user: the same engine and the same propagation-delayed policies
 * as real requests, so preflight and "is the policy in force yet?" checks mean something here.
 */
export function simulateActions(store: SandboxStore): Record<string, ActionSpec> {
	return {
		SimulatePrincipalPolicy: {
			iamAction: 'iam:SimulatePrincipalPolicy',
			resource: (context) => context.params.PolicySourceArn ?? '*',
			run(context) {
				const params = new QueryParams(context.params);
				const sourceArn = params.required('PolicySourceArn', ARN);
				const actions = params.list('ActionNames', ACTION_NAME);
				if (actions.length === 0) params.required('ActionNames');
				const user = store.users.list().find((candidate) => candidate.arn === sourceArn);
				if (!user) throw new SandboxError('NoSuchEntity', `The user with ARN ${sourceArn} cannot be found.`, 404);
				const policies = store.inlinePolicies.inForce(user, context.now);
				const simulated = contextFrom(params);
				// Each requested resource is simulated on its own ("*" when none is given, as AWS does),
				// so a policy that names arn:aws:s3:::* is judged against that ARN, not against "*".
				const resources = params.list('ResourceArns', RESOURCE_ARN);
				const results = actions.flatMap((action) =>
					(resources.length > 0 ? resources : ['*']).map((resource) => ({
						EvalActionName: action,
						EvalResourceName: resource,
						EvalDecision: DECISIONS[evaluate(policies, {action, resource, context: simulated})],
						MatchedStatements: [],
						MissingContextValues: [],
					})),
				);
				// Results keep the request's order; the page key is the position (zero-padded, so it sorts).
				const positioned = results.map((result, index) => ({result, key: String(index).padStart(6, '0')}));
				const page = paginate(positioned, (entry) => entry.key, params);
				return {body: {EvaluationResults: page.items.map((entry) => entry.result), ...page.fields}};
			},
		},
	};
}

/** ContextEntries.member.N → a request context; the simulator adds no global keys of its own. */
function contextFrom(params: QueryParams): RequestContext {
	// Keys come from the caller: no prototype, so "__proto__" is just a (useless) key.
	const context: Record<string, ContextValue> = Object.create(null) as Record<string, ContextValue>;
	for (const entry of params.structures('ContextEntries')) {
		const name = entry.optional('ContextKeyName', {min: 5, max: 256});
		const type = entry.optional('ContextKeyType', {values: KEY_TYPES}) ?? 'string';
		const values = entry.list('ContextKeyValues');
		if (name !== undefined) context[name] = typedValue(name, type, values);
	}
	return context;
}

function typedValue(name: string, type: string, values: string[]): ContextValue {
	if (type.endsWith('List')) return values;
	const [first = ''] = values;
	if (type === 'boolean') {
		if (first !== 'true' && first !== 'false') throw invalidContextValue(name, first);
		return first === 'true';
	}
	if (type === 'numeric') {
		const number = Number(first);
		if (first.trim() === '' || !Number.isFinite(number)) throw invalidContextValue(name, first);
		return number;
	}
	return first;
}

const invalidContextValue = (name: string, value: string) =>
	new SandboxError('InvalidInput', `Invalid value ${value} for context key ${name}.`);
