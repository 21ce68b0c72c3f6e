import {accessKeyActions} from './iam/access-keys.js';
import {attachmentActions} from './iam/attachments.js';
import {authorizationDetailsActions} from './iam/authorization-details.js';
import {boundaryActions} from './iam/boundaries.js';
import {credentialReportActions} from './iam/credential-report.js';
import {groupPolicyActions} from './iam/group-policies.js';
import {groupActions} from './iam/groups.js';
import {managedPolicyActions} from './iam/managed-policies.js';
import {mfaListActions} from './iam/mfa-lists.js';
import {mfaActions} from './iam/mfa.js';
import {policyActions} from './iam/policies.js';
import {policyVersionActions} from './iam/policy-versions.js';
import {roleUpdateActions} from './iam/role-updates.js';
import {rolePolicyActions} from './iam/role-policies.js';
import {roleActions} from './iam/roles.js';
import {simulateActions} from './iam/simulate.js';
import {userActions} from './iam/users.js';
import {s3Actions} from './s3/actions.js';
import type {SandboxStore} from './store/index.js';
import {stsActions} from './sts/actions.js';
import {EventHistory} from './trail/event-history.js';
import {cloudTrailActions} from './trail/lookup-events.js';
import type {ActionSpec, SandboxService} from './types.js';

export {sessionMayCall} from './sts/session-rules.js';

/*
 * How an ActionResult body becomes XML (the transport's serializer follows this):
 * - a string, number or boolean is the element's text; undefined is left out;
 * - a nested object is an element with children, in key order;
 * - Query protocol (IAM, STS): an array under key K is <K><member>…</member>…</K>;
 * - S3 (REST-XML): an array under key K is repeated <K>…</K> elements — so `{Buckets: {Bucket: [...]}}`
 *   is <Buckets><Bucket>…</Bucket>…</Buckets>;
 * - dates are already ISO 8601 strings, blobs already base64;
 * - JSON (CloudTrail): the body is the response object itself, written with JSON.stringify;
 * - an empty body (no `body`) means an operation without output: Query responses omit <XResult>.
 * `run` may return a Promise (CreateVirtualMFADevice renders its QR code asynchronously).
 * The actions throw SandboxError for every AWS error; anything else thrown is a sandbox bug.
 */

/** Every action the sandbox implements, by service and AWS operation name. */
export function createActions(
	store: SandboxStore,
	history = new EventHistory(),
): Record<SandboxService, Record<string, ActionSpec>> {
	return {
		iam: {
			...userActions(store),
			...mfaActions(store),
			...mfaListActions(store),
			...accessKeyActions(store),
			...policyActions(store),
			...roleActions(store),
			...rolePolicyActions(store),
			...managedPolicyActions(store),
			...attachmentActions(store),
			...policyVersionActions(store),
			...roleUpdateActions(store),
			...groupActions(store),
			...groupPolicyActions(store),
			...boundaryActions(store),
			...authorizationDetailsActions(store),
			...credentialReportActions(store),
			...simulateActions(store),
		},
		sts: stsActions(store),
		s3: s3Actions(store),
		cloudtrail: cloudTrailActions(history),
	};
}
