/** The sandbox's IAM identity-policy engine: parse (PutUserPolicy's checks), evaluate, context. */
export {parsePolicyDocument, MAX_POLICY_LENGTH} from './parse.js';
export {evaluate, type AuthorizationRequest} from './evaluate.js';
export {requestContext, contextLookup, type RequestFacts} from './context.js';
export {parseOperator} from './operators.js';
export {wildcardMatch} from './wildcard.js';
export type {
	ConditionClause,
	ConditionValue,
	Decision,
	PolicyDocument,
	PolicyStatement,
	PolicyVersion,
} from './types.js';
