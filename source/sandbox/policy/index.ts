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
export {evaluateGrant, sessionPolicyOf, type Grant, type GrantPolicies, type PolicyLayer} from './grant.js';
export {evaluateTrust, type TrustCaller, type TrustOutcome} from './trust.js';
export {parseTrustPolicy, type TrustPolicy} from './trust-parse.js';
export {parsedPolicy} from './parsed-cache.js';
export {explain, type Explanation, type MatchedStatement} from './explain.js';
export {statementSpans, type StatementSpan} from '../../policy-text/positions.js';
export {missingContextKeys} from './missing-keys.js';
