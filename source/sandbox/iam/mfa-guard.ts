import {SandboxError} from '../errors.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionContext} from '../types.js';

/*
 * AWS's rule since 2023-04-21 (security bulletin AWS-2023-001; the IAM User Guide's "Assign MFA
 * devices in the AWS CLI or AWS API"): an IAM user who already has an MFA device and signs with a
 * long-term access key may not enable or deactivate an MFA device for themselves, whatever their
 * policies allow; they must first get MFA-authenticated credentials from sts:GetSessionToken.
 * Neither source names ResyncMFADevice, so it is not guarded. Neither quotes the error either: the
 * sandbox answers AWS's code for every authorization refusal (AccessDenied, 403) with its own
 * words, marked as such (docs/sandbox.md).
 */

/** The guard's refusal, or undefined when it does not apply (checked after the policies allowed the call). */
export function mfaSelfManagementRefusal(
	store: SandboxStore,
	context: ActionContext,
	iamAction: 'iam:EnableMFADevice' | 'iam:DeactivateMFADevice',
): SandboxError | undefined {
	const {principal} = context;
	// Only long-term keys: sessions without MFA cannot call IAM at all, and a session with MFA may.
	if (principal.kind !== 'user' || principal.userName === undefined) return undefined;
	const own = store.users.find(principal.userName) ? store.mfaDevices.enabledFor(principal.userName) : [];
	if (own.length === 0 || !isOwnUser(context, own)) return undefined;
	return new SandboxError(
		'AccessDenied',
		`User: ${principal.arn} is not authorized to perform: ${iamAction} on resource: ${principal.arn} ` +
			'because the user already has an MFA device and the request was not signed with MFA credentials ' +
			'from sts:GetSessionToken (sts-mfa sandbox wording; AWS has not published its own)',
		403,
	);
}

/** Whether the call is about the caller's own user (UserName, or without it the device's user). */
function isOwnUser(context: ActionContext, own: readonly {readonly serialNumber: string}[]): boolean {
	const named = context.params.UserName;
	if (named !== undefined) return named.toLowerCase() === context.principal.userName?.toLowerCase();
	return own.some((device) => device.serialNumber === context.params.SerialNumber);
}
