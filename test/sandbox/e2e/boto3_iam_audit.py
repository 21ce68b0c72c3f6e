"""Groups, policy versions, permissions boundaries, role updates, managed session policies, the
account's authorization details, the credential report, the simulator and S3 object bodies, through
boto3 with nothing but the environment a user exports (AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY, AWS_REGION). Every answer is checked against botocore's model of the
operation; AWS's error codes are checked where the sandbox must refuse. Prints "audit ok"."""
import base64
import hashlib
import json
import uuid

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

from botocore_shapes import checked

CONFIG = Config(retries={"max_attempts": 1, "mode": "standard"})
IAM = boto3.client("iam", config=CONFIG)
STS = boto3.client("sts", config=CONFIG)
S3 = boto3.client("s3", config=CONFIG)
RUN = uuid.uuid4().hex[:8]
ACCOUNT = STS.get_caller_identity()["Account"]


def policy(*actions, condition=None):
    statement = {"Effect": "Allow", "Action": list(actions), "Resource": "*"}
    if condition:
        statement["Condition"] = condition
    return json.dumps({"Version": "2012-10-17", "Statement": [statement]})


def refused(code, call, **params):
    try:
        call(**params)
    except ClientError as error:
        assert error.response["Error"]["Code"] == code, (code, error.response["Error"])
        return
    raise AssertionError(f"{call.__name__} should have been refused with {code}")


def versions_and_boundary():
    arn = checked(IAM, "CreatePolicy", IAM.create_policy(
        PolicyName=f"boundary-{RUN}", PolicyDocument=policy("s3:*", "iam:GetUser")))["Policy"]["Arn"]
    for _ in range(4):
        checked(IAM, "CreatePolicyVersion", IAM.create_policy_version(PolicyArn=arn, PolicyDocument=policy("s3:*")))
    refused("LimitExceeded", IAM.create_policy_version, PolicyArn=arn, PolicyDocument=policy("s3:*"))
    refused("DeleteConflict", IAM.delete_policy_version, PolicyArn=arn, VersionId="v1")
    IAM.set_default_policy_version(PolicyArn=arn, VersionId="v2")
    versions = checked(IAM, "ListPolicyVersions", IAM.list_policy_versions(PolicyArn=arn))["Versions"]
    assert [v["VersionId"] for v in versions if v["IsDefaultVersion"]] == ["v2"], versions
    for version in ("v1", "v3", "v4", "v5"):
        IAM.delete_policy_version(PolicyArn=arn, VersionId=version)
    return arn


def groups_and_users(boundary):
    group = f"engineers-{RUN}"
    checked(IAM, "CreateGroup", IAM.create_group(GroupName=group))
    IAM.put_group_policy(GroupName=group, PolicyName="list", PolicyDocument=policy(
        "s3:ListAllMyBuckets", condition={"Bool": {"aws:MultiFactorAuthPresent": "true"}}))
    user = f"alice-{RUN}"
    created = checked(IAM, "CreateUser", IAM.create_user(UserName=user, PermissionsBoundary=boundary))
    assert created["User"]["PermissionsBoundary"]["PermissionsBoundaryArn"] == boundary
    IAM.add_user_to_group(GroupName=group, UserName=user)
    assert [g["GroupName"] for g in checked(IAM, "ListGroupsForUser", IAM.list_groups_for_user(UserName=user))["Groups"]] == [group]
    refused("DeleteConflict", IAM.delete_group, GroupName=group)
    refused("DeleteConflict", IAM.delete_policy, PolicyArn=boundary)
    return group, user


def simulate(user):
    arn = f"arn:aws:iam::{ACCOUNT}:user/{user}"
    answer = checked(IAM, "SimulatePrincipalPolicy", IAM.simulate_principal_policy(
        PolicySourceArn=arn, ActionNames=["s3:ListAllMyBuckets", "iam:CreateUser"]))
    first, second = answer["EvaluationResults"]
    assert first["EvalDecision"] == "implicitDeny" and first["MissingContextValues"] == ["aws:MultiFactorAuthPresent"], first
    assert second["PermissionsBoundaryDecisionDetail"] == {"AllowedByPermissionsBoundary": False}, second
    mfa = [{"ContextKeyName": "aws:MultiFactorAuthPresent", "ContextKeyType": "boolean", "ContextKeyValues": ["true"]}]
    answer = checked(IAM, "SimulatePrincipalPolicy", IAM.simulate_principal_policy(
        PolicySourceArn=arn, ActionNames=["s3:ListAllMyBuckets"], ContextEntries=mfa))
    [result] = answer["EvaluationResults"]
    assert result["EvalDecision"] == "allowed" and result["MatchedStatements"][0]["SourcePolicyType"] == "group", result


def role_and_session(boundary):
    role = f"ops-{RUN}"
    trust = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "sts:AssumeRole"}]})
    checked(IAM, "CreateRole", IAM.create_role(RoleName=role, AssumeRolePolicyDocument=trust,
                                               Tags=[{"Key": "team", "Value": "sec"}]))
    IAM.put_role_policy(RoleName=role, PolicyName="all", PolicyDocument=policy("s3:*", "iam:*"))
    checked(IAM, "UpdateRole", IAM.update_role(RoleName=role, MaxSessionDuration=7200))
    described = checked(IAM, "UpdateRoleDescription", IAM.update_role_description(RoleName=role, Description="ops"))
    assert described["Role"]["MaxSessionDuration"] == 7200 and described["Role"]["Description"] == "ops"
    IAM.untag_role(RoleName=role, TagKeys=["team"])
    assert checked(IAM, "ListRoleTags", IAM.list_role_tags(RoleName=role))["Tags"] == []
    IAM.put_role_permissions_boundary(RoleName=role, PermissionsBoundary=boundary)
    assert IAM.get_role(RoleName=role)["Role"]["PermissionsBoundary"]["PermissionsBoundaryArn"] == boundary
    IAM.delete_role_permissions_boundary(RoleName=role)
    # The administrator (the account's root) may not assume roles: a user of the account does.
    caller = f"caller-{RUN}"
    IAM.create_user(UserName=caller)
    IAM.put_user_policy(UserName=caller, PolicyName="assume", PolicyDocument=policy("sts:AssumeRole"))
    key = IAM.create_access_key(UserName=caller)["AccessKey"]
    as_caller = boto3.client("sts", config=CONFIG, aws_access_key_id=key["AccessKeyId"],
                             aws_secret_access_key=key["SecretAccessKey"])
    session = checked(STS, "AssumeRole", as_caller.assume_role(
        RoleArn=f"arn:aws:iam::{ACCOUNT}:role/{role}", RoleSessionName="narrow", DurationSeconds=7200,
        PolicyArns=[{"arn": boundary}]))["Credentials"]
    narrowed = boto3.client("iam", config=CONFIG, aws_access_key_id=session["AccessKeyId"],
                            aws_secret_access_key=session["SecretAccessKey"], aws_session_token=session["SessionToken"])
    refused("AccessDenied", narrowed.list_users)
    return role, caller, key["AccessKeyId"]


def audit_reads(group, user):
    details, marker = [], None
    while True:
        page = checked(IAM, "GetAccountAuthorizationDetails", IAM.get_account_authorization_details(
            MaxItems=2, **({"Marker": marker} if marker else {})))
        details.append(page)
        if not page["IsTruncated"]:
            break
        marker = page["Marker"]
    users = [u for page in details for u in page["UserDetailList"]]
    alice = next(u for u in users if u["UserName"] == user)
    assert alice["GroupList"] == [group], alice
    groups = [g for page in details for g in page["GroupDetailList"] if g["GroupName"] == group]
    assert groups and "aws:MultiFactorAuthPresent" in json.dumps(groups[0]["GroupPolicyList"]), groups
    while checked(IAM, "GenerateCredentialReport", IAM.generate_credential_report())["State"] != "COMPLETE":
        pass
    report = checked(IAM, "GetCredentialReport", IAM.get_credential_report())
    rows = report["Content"].decode().splitlines()
    assert rows[0].split(",")[7:9] == ["mfa_active", "access_key_1_active"], rows[0]
    assert any(row.startswith(f"{user},") for row in rows), rows


def objects():
    bucket = f"evidence-{RUN}"
    S3.create_bucket(Bucket=bucket)
    body = bytes(range(256)) * 1000
    put = S3.put_object(Bucket=bucket, Key="a/b.bin", Body=body, ContentMD5=base64.b64encode(hashlib.md5(body).digest()).decode())
    assert put["ETag"] == f'"{hashlib.md5(body).hexdigest()}"', put
    refused("BadDigest", S3.put_object, Bucket=bucket, Key="bad", Body=b"x",
            ContentMD5=base64.b64encode(hashlib.md5(b"y").digest()).decode())
    refused("BadDigest", S3.put_object, Bucket=bucket, Key="bad", Body=b"x", ChecksumSHA256=base64.b64encode(hashlib.sha256(b"y").digest()).decode())
    assert S3.get_object(Bucket=bucket, Key="a/b.bin")["Body"].read() == body
    assert S3.get_object(Bucket=bucket, Key="a/b.bin", Range="bytes=256-511")["Body"].read() == bytes(range(256))
    head = S3.head_object(Bucket=bucket, Key="a/b.bin", ChecksumMode="ENABLED")
    assert head["ContentLength"] == len(body) and "ChecksumCRC32" in head, head
    listed = checked(S3, "ListObjectsV2", S3.list_objects_v2(Bucket=bucket, Delimiter="/"))
    assert listed["CommonPrefixes"] == [{"Prefix": "a/"}], listed
    refused("BucketNotEmpty", S3.delete_bucket, Bucket=bucket)
    S3.delete_object(Bucket=bucket, Key="a/b.bin")
    S3.delete_bucket(Bucket=bucket)


def main():
    boundary = versions_and_boundary()
    group, user = groups_and_users(boundary)
    simulate(user)
    role, caller, caller_key = role_and_session(boundary)
    audit_reads(group, user)
    objects()
    IAM.delete_access_key(UserName=caller, AccessKeyId=caller_key)
    IAM.delete_user_policy(UserName=caller, PolicyName="assume")
    IAM.delete_user(UserName=caller)
    IAM.delete_role_policy(RoleName=role, PolicyName="all")
    IAM.delete_role(RoleName=role)
    IAM.remove_user_from_group(GroupName=group, UserName=user)
    IAM.delete_group_policy(GroupName=group, PolicyName="list")
    IAM.delete_group(GroupName=group)
    IAM.delete_user(UserName=user)
    IAM.delete_policy(PolicyArn=boundary)
    print("audit ok")


if __name__ == "__main__":
    main()
