#!/usr/bin/env bash
# A security engineer's audit of MFA enforcement, written for any AWS account: it needs only the
# AWS CLI, jq and credentials in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
# AWS_REGION, and AWS_ENDPOINT_URL when not talking to AWS itself). It creates a group, users, a role
# and managed policies (one with two versions, one a permissions boundary), reads them back as an
# auditor does, simulates a user through its group and its boundary with and without MFA, copies a
# file through S3 and back, and removes everything it made. Exit 0 means every check held.
set -euo pipefail

run="audit-$RANDOM$RANDOM"
work=$(mktemp -d)
account=$(aws sts get-caller-identity --query Account --output text)
arn() { echo "arn:aws:iam::$account:$1"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

cleanup() {
	set +e
	aws s3 rm "s3://$run-bucket/evidence.bin" >/dev/null 2>&1
	aws s3api delete-bucket --bucket "$run-bucket" >/dev/null 2>&1
	aws iam remove-user-from-group --group-name "$run-engineers" --user-name "$run-alice" >/dev/null 2>&1
	aws iam detach-group-policy --group-name "$run-engineers" --policy-arn "$(arn "policy/$run-require-mfa")" >/dev/null 2>&1
	aws iam delete-group-policy --group-name "$run-engineers" --policy-name read-own-user >/dev/null 2>&1
	aws iam delete-group --group-name "$run-engineers" >/dev/null 2>&1
	aws iam delete-user-permissions-boundary --user-name "$run-alice" >/dev/null 2>&1
	for user in "$run-alice" "$run-bob"; do aws iam delete-user --user-name "$user" >/dev/null 2>&1; done
	aws iam delete-role-permissions-boundary --role-name "$run-breakglass" >/dev/null 2>&1
	aws iam delete-role --role-name "$run-breakglass" >/dev/null 2>&1
	for policy in require-mfa boundary; do
		for version in $(aws iam list-policy-versions --policy-arn "$(arn "policy/$run-$policy")" \
			--query 'Versions[?!IsDefaultVersion].VersionId' --output text 2>/dev/null); do
			aws iam delete-policy-version --policy-arn "$(arn "policy/$run-$policy")" --version-id "$version" >/dev/null 2>&1
		done
		aws iam delete-policy --policy-arn "$(arn "policy/$run-$policy")" >/dev/null 2>&1
	done
	rm -rf "$work"
}
trap cleanup EXIT

cat >"$work/require-mfa-v1.json" <<'JSON'
{"Version":"2012-10-17","Statement":[{"Sid":"ListWithMfa","Effect":"Allow","Action":["s3:ListAllMyBuckets","s3:GetObject"],"Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}
JSON
cat >"$work/require-mfa-v2.json" <<'JSON'
{"Version":"2012-10-17","Statement":[{"Sid":"ListWithMfa","Effect":"Allow","Action":["s3:ListAllMyBuckets","s3:GetObject","iam:CreateUser"],"Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}
JSON
cat >"$work/boundary.json" <<'JSON'
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*","iam:Get*"],"Resource":"*"}]}
JSON
cat >"$work/read-own-user.json" <<'JSON'
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser","Resource":"*"}]}
JSON
cat >"$work/trust.json" <<JSON
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::$account:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}
JSON

echo "== create"
aws iam create-policy --policy-name "$run-require-mfa" --policy-document "file://$work/require-mfa-v1.json" >/dev/null
aws iam create-policy-version --policy-arn "$(arn "policy/$run-require-mfa")" \
	--policy-document "file://$work/require-mfa-v2.json" --set-as-default >/dev/null
aws iam create-policy --policy-name "$run-boundary" --policy-document "file://$work/boundary.json" >/dev/null
aws iam create-group --group-name "$run-engineers" >/dev/null
aws iam attach-group-policy --group-name "$run-engineers" --policy-arn "$(arn "policy/$run-require-mfa")"
aws iam put-group-policy --group-name "$run-engineers" --policy-name read-own-user \
	--policy-document "file://$work/read-own-user.json"
aws iam create-user --user-name "$run-alice" --permissions-boundary "$(arn "policy/$run-boundary")" >/dev/null
aws iam create-user --user-name "$run-bob" >/dev/null
aws iam add-user-to-group --group-name "$run-engineers" --user-name "$run-alice"
aws iam create-role --role-name "$run-breakglass" --assume-role-policy-document "file://$work/trust.json" \
	--max-session-duration 3600 >/dev/null
aws iam update-role --role-name "$run-breakglass" --max-session-duration 7200 --description "break glass"
aws iam tag-role --role-name "$run-breakglass" --tags Key=owner,Value=security Key=ticket,Value=SEC-1
aws iam untag-role --role-name "$run-breakglass" --tag-keys ticket
aws iam put-role-permissions-boundary --role-name "$run-breakglass" --permissions-boundary "$(arn "policy/$run-boundary")"

echo "== read back"
aws iam get-account-authorization-details --output json >"$work/details.json"
jq -e --arg user "$run-alice" --arg group "$run-engineers" --arg boundary "$(arn "policy/$run-boundary")" \
	'.UserDetailList[] | select(.UserName == $user) | (.GroupList == [$group]) and (.PermissionsBoundary.PermissionsBoundaryArn == $boundary)' \
	"$work/details.json" >/dev/null || fail "alice's groups and boundary"
jq -e --arg group "$run-engineers" \
	'.GroupDetailList[] | select(.GroupName == $group) | (.GroupPolicyList[0].PolicyDocument.Statement[0].Action == "iam:GetUser") and (.AttachedManagedPolicies | length == 1)' \
	"$work/details.json" >/dev/null || fail "the group's policies"
jq -e --arg policy "$run-require-mfa" \
	'.Policies[] | select(.PolicyName == $policy) | (.DefaultVersionId == "v2") and (.PolicyVersionList | length == 2)' \
	"$work/details.json" >/dev/null || fail "the policy's versions"
jq -e --arg role "$run-breakglass" '.RoleDetailList[] | select(.RoleName == $role) | .RoleName == $role' \
	"$work/details.json" >/dev/null || fail "the role"
[ "$(aws iam get-role --role-name "$run-breakglass" --query Role.MaxSessionDuration --output text)" = 7200 ] ||
	fail "the role's new maximum session duration"
jq -e --arg role "$run-breakglass" --arg boundary "$(arn "policy/$run-boundary")" \
	'.RoleDetailList[] | select(.RoleName == $role) | (.Tags == [{"Key":"owner","Value":"security"}]) and (.PermissionsBoundary.PermissionsBoundaryArn == $boundary)' \
	"$work/details.json" >/dev/null || fail "the role's tags and boundary"
[ "$(aws iam update-role-description --role-name "$run-breakglass" --description "break glass, MFA only" \
	--query Role.Description --output text)" = "break glass, MFA only" ] || fail "the role's description"

state=""
for _ in 1 2 3 4 5 6 7 8 9 10; do
	state=$(aws iam generate-credential-report --query State --output text)
	[ "$state" = COMPLETE ] && break
	sleep 2
done
[ "$state" = COMPLETE ] || fail "the credential report was not ready"
aws iam get-credential-report --query Content --output text | base64 -d >"$work/report.csv"
head -1 "$work/report.csv" | grep -q '^user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active' ||
	fail "the credential report's columns"
grep -q "^$run-alice,$(arn "user/$run-alice"),[^,]*,false,N/A,N/A,N/A,false,false," "$work/report.csv" ||
	fail "alice's row in the credential report"

echo "== simulate"
mfa='ContextKeyName=aws:MultiFactorAuthPresent,ContextKeyType=boolean,ContextKeyValues=true'
simulate() {
	aws iam simulate-principal-policy --policy-source-arn "$(arn "user/$run-alice")" \
		--action-names s3:ListAllMyBuckets iam:GetUser iam:CreateUser "$@" --output json
}
simulate >"$work/without-mfa.json"
simulate --context-entries "$mfa" >"$work/with-mfa.json"
decisions() { jq -r '[.EvaluationResults[] | "\(.EvalActionName)=\(.EvalDecision)"] | join(" ")' "$1"; }
[ "$(decisions "$work/without-mfa.json")" = "s3:ListAllMyBuckets=implicitDeny iam:GetUser=allowed iam:CreateUser=implicitDeny" ] ||
	fail "without MFA: $(decisions "$work/without-mfa.json")"
jq -e '.EvaluationResults[0].MissingContextValues == ["aws:MultiFactorAuthPresent"]' "$work/without-mfa.json" >/dev/null ||
	fail "the simulator did not name the missing MFA key"
[ "$(decisions "$work/with-mfa.json")" = "s3:ListAllMyBuckets=allowed iam:GetUser=allowed iam:CreateUser=implicitDeny" ] ||
	fail "with MFA: $(decisions "$work/with-mfa.json")"
jq -e '.EvaluationResults[2].PermissionsBoundaryDecisionDetail.AllowedByPermissionsBoundary == false' "$work/with-mfa.json" >/dev/null ||
	fail "the boundary did not stop iam:CreateUser"

echo "== s3 cp"
head -c 1048579 /dev/urandom >"$work/evidence.bin"
aws s3 mb "s3://$run-bucket" >/dev/null
aws s3 cp "$work/evidence.bin" "s3://$run-bucket/evidence.bin" --only-show-errors
aws s3 cp "s3://$run-bucket/evidence.bin" "$work/evidence-back.bin" --only-show-errors
cmp "$work/evidence.bin" "$work/evidence-back.bin" || fail "the file came back different"

echo "audit ok"
