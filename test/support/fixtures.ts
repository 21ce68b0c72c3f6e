import type {DenialExplanation} from '../../source/scenario/denial/types.js';
import {SESSION_TOKEN} from '../../source/scenario/scenarios/session-token.js';

/*
 * The values the reducer's tests (test/scenario/fixtures.ts) and the views' tests
 * (test/app/fixtures.ts) share: one account, and what the policy simulator says about
 * session-token's denial. Each of those files builds its own states from these.
 */

/** The account every hand-built state lives in. */
export const ACCOUNT = '123456789012';

/** What the simulator says about session-token's denial (as the sandbox answers it): no statement matched, the Allow wanted MFA true. */
export const EXPLAINED: DenialExplanation = {
	kind: 'simulated',
	decision: 'implicitDeny',
	key: 'aws:MultiFactorAuthPresent',
	keyValue: 'false',
	statement: {
		policyId: SESSION_TOKEN.userPolicy.name,
		sid: 'ListBucketsOnlyWithMfa',
		effect: 'Allow',
		actions: {not: false, names: ['s3:ListAllMyBuckets']},
		condition: {operator: 'Bool', key: 'aws:MultiFactorAuthPresent', value: 'true'},
	},
};
