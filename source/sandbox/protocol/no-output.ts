/**
 * IAM operations that have no output in botocore's model (iam/2010-05-08/service-2.json: no
 * `output`): their responses carry ResponseMetadata only, no <ActionResult>. STS has none.
 */
export const IAM_OPERATIONS_WITHOUT_OUTPUT: ReadonlySet<string> = new Set([
	'AcceptDelegationRequest', 'AddClientIDToOpenIDConnectProvider', 'AddRoleToInstanceProfile',
	'AddUserToGroup', 'AssociateDelegationRequest', 'AttachGroupPolicy', 'AttachRolePolicy', 'AttachUserPolicy',
	'ChangePassword', 'CreateAccountAlias', 'DeactivateMFADevice', 'DeleteAccessKey', 'DeleteAccountAlias',
	'DeleteAccountPasswordPolicy', 'DeleteGroup', 'DeleteGroupPolicy', 'DeleteInstanceProfile',
	'DeleteLoginProfile', 'DeleteOpenIDConnectProvider', 'DeletePolicy', 'DeletePolicyVersion', 'DeleteRole',
	'DeleteRolePermissionsBoundary', 'DeleteRolePolicy', 'DeleteSAMLProvider', 'DeleteSSHPublicKey',
	'DeleteServerCertificate', 'DeleteServiceSpecificCredential', 'DeleteSigningCertificate', 'DeleteUser',
	'DeleteUserPermissionsBoundary', 'DeleteUserPolicy', 'DeleteVirtualMFADevice', 'DetachGroupPolicy',
	'DetachRolePolicy', 'DetachUserPolicy', 'DisableOutboundWebIdentityFederation', 'EnableMFADevice',
	'PutGroupPolicy', 'PutRolePermissionsBoundary', 'PutRolePolicy', 'PutUserPermissionsBoundary',
	'PutUserPolicy', 'RejectDelegationRequest', 'RemoveClientIDFromOpenIDConnectProvider',
	'RemoveRoleFromInstanceProfile', 'RemoveUserFromGroup', 'ResyncMFADevice', 'SendDelegationToken',
	'SetDefaultPolicyVersion', 'SetSecurityTokenServicePreferences', 'TagInstanceProfile', 'TagMFADevice',
	'TagOpenIDConnectProvider', 'TagPolicy', 'TagRole', 'TagSAMLProvider', 'TagServerCertificate', 'TagUser',
	'UntagInstanceProfile', 'UntagMFADevice', 'UntagOpenIDConnectProvider', 'UntagPolicy', 'UntagRole',
	'UntagSAMLProvider', 'UntagServerCertificate', 'UntagUser', 'UpdateAccessKey',
	'UpdateAccountPasswordPolicy', 'UpdateAssumeRolePolicy', 'UpdateDelegationRequest', 'UpdateGroup',
	'UpdateLoginProfile', 'UpdateOpenIDConnectProviderThumbprint', 'UpdateSSHPublicKey',
	'UpdateServerCertificate', 'UpdateServiceSpecificCredential', 'UpdateSigningCertificate', 'UpdateUser',
]);
