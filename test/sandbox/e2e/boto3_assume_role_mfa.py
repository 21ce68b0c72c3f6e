"""AWS's assume_role_mfa example (aws-doc-sdk-examples, python/example_code/sts) against a running
`sts-mfa sandbox`: a role whose trust policy allows the user only with MFA, a managed policy allowing
s3:ListAllMyBuckets attached to it, a user inline policy allowing sts:AssumeRole on it.

Reads STS_MFA_ENDPOINT, STS_MFA_ACCESS_KEY_ID and STS_MFA_SECRET_ACCESS_KEY. The sandbox runs on the
real clock, so the device is enabled with the codes of the two previous steps (one step of drift is
allowed): the current step's code is then fresh for AssumeRole, with no wait. Prints each step and
"assume-role scenario ok", and exits 0 when every expectation held.
"""
import json
import os
import time

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

from boto3_scenario import expect_error, totp

ENDPOINT = os.environ["STS_MFA_ENDPOINT"]
ADMIN = {
    "aws_access_key_id": os.environ["STS_MFA_ACCESS_KEY_ID"],
    "aws_secret_access_key": os.environ["STS_MFA_SECRET_ACCESS_KEY"],
}
CONFIG = Config(retries={"max_attempts": 1, "mode": "standard"}, s3={"addressing_style": "path"})


def client(service: str, credentials: dict):
    return boto3.client(service, endpoint_url=ENDPOINT, region_name="us-east-1", config=CONFIG, **credentials)


def enable_with_past_codes(iam, user_name: str, serial: str, seed: str) -> None:
    for _attempt in range(2):  # a step boundary between reading the clock and the call: once more
        now = time.time()
        try:
            iam.enable_mfa_device(UserName=user_name, SerialNumber=serial,
                                  AuthenticationCode1=totp(seed, now - 60), AuthenticationCode2=totp(seed, now - 30))
            return
        except ClientError as error:
            if error.response["Error"]["Code"] != "InvalidAuthenticationCode":
                raise
    raise AssertionError("EnableMFADevice refused the codes twice")


def user_with_device(iam, user_name: str, device_name: str):
    """A new user with an access key and one virtual MFA device, enabled: (user, key, serial, seed)."""
    user = iam.create_user(UserName=user_name)["User"]
    key = iam.create_access_key(UserName=user_name)["AccessKey"]
    device = iam.create_virtual_mfa_device(VirtualMFADeviceName=device_name)["VirtualMFADevice"]
    seed = device["Base32StringSeed"].decode("ascii")
    enable_with_past_codes(iam, user_name, device["SerialNumber"], seed)
    return user, key, device["SerialNumber"], seed


def setup(iam):
    user, key, serial, seed = user_with_device(iam, "doc-example-user", "doc-example-mfa")
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": user["Arn"]}, "Action": "sts:AssumeRole",
        "Condition": {"Bool": {"aws:MultiFactorAuthPresent": True}},
    }]}
    role = iam.create_role(RoleName="doc-example-role", AssumeRolePolicyDocument=json.dumps(trust))["Role"]
    allow_list = {"Version": "2012-10-17",
                  "Statement": [{"Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "arn:aws:s3:::*"}]}
    policy = iam.create_policy(PolicyName="doc-example-policy", PolicyDocument=json.dumps(allow_list),
                               Tags=[{"Key": "purpose", "Value": "doc-example"}])["Policy"]
    iam.attach_role_policy(RoleName=role["RoleName"], PolicyArn=policy["Arn"])
    allow_assume = {"Version": "2012-10-17",
                    "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": role["Arn"]}]}
    iam.put_user_policy(UserName=user["UserName"], PolicyName="doc-example-user-policy",
                        PolicyDocument=json.dumps(allow_assume))
    credentials = {"aws_access_key_id": key["AccessKeyId"], "aws_secret_access_key": key["SecretAccessKey"]}
    print("set up: user, MFA device, role, policy", flush=True)
    return user, key, serial, seed, role, policy, credentials


def read_back(iam, policy) -> None:
    """What `sts-mfa cleanup` reads of a managed policy, parsed by botocore's own model."""
    assert iam.list_policy_tags(PolicyArn=policy["Arn"])["Tags"] == [{"Key": "purpose", "Value": "doc-example"}]
    versions = iam.list_policy_versions(PolicyArn=policy["Arn"])["Versions"]
    assert [(v["VersionId"], v["IsDefaultVersion"], "Document" in v) for v in versions] == [("v1", True, False)]
    print("read back the policy's tags and versions", flush=True)


def teardown(iam, user, key, serial, role, policy) -> None:
    read_back(iam, policy)
    iam.detach_role_policy(RoleName=role["RoleName"], PolicyArn=policy["Arn"])
    iam.delete_policy(PolicyArn=policy["Arn"])
    iam.delete_role(RoleName=role["RoleName"])
    iam.delete_user_policy(UserName=user["UserName"], PolicyName="doc-example-user-policy")
    iam.deactivate_mfa_device(UserName=user["UserName"], SerialNumber=serial)
    iam.delete_virtual_mfa_device(SerialNumber=serial)
    iam.delete_access_key(UserName=user["UserName"], AccessKeyId=key["AccessKeyId"])
    iam.delete_user(UserName=user["UserName"])
    assert iam.list_users()["Users"] == [], "users left"
    assert iam.list_roles()["Roles"] == [], "roles left"
    assert iam.list_policies(Scope="Local")["Policies"] == [], "policies left"
    assert iam.list_virtual_mfa_devices()["VirtualMFADevices"] == [], "devices left"
    print("torn down: nothing left", flush=True)


def main() -> None:
    iam = client("iam", ADMIN)
    user, key, serial, seed, role, policy, credentials = setup(iam)
    sts = client("sts", credentials)
    expect_error(lambda: sts.assume_role(RoleArn=role["Arn"], RoleSessionName="AssumeRoleWithoutMFA"),
                 "AccessDenied", 403)
    print("denied without MFA", flush=True)

    answer = sts.assume_role(RoleArn=role["Arn"], RoleSessionName="AssumeRoleWithMFA",
                             SerialNumber=serial, TokenCode=totp(seed, time.time()))
    temporary = answer["Credentials"]
    role_credentials = {"aws_access_key_id": temporary["AccessKeyId"],
                        "aws_secret_access_key": temporary["SecretAccessKey"],
                        "aws_session_token": temporary["SessionToken"]}
    buckets = client("s3", role_credentials).list_buckets()["Buckets"]
    assert buckets, "no buckets listed"
    print(f"listed {len(buckets)} buckets with MFA", flush=True)
    caller = client("sts", role_credentials).get_caller_identity()
    expected = answer["AssumedRoleUser"]
    assert caller["Arn"] == expected["Arn"] == f"arn:aws:sts::{caller['Account']}:assumed-role/doc-example-role/AssumeRoleWithMFA"
    assert caller["UserId"] == expected["AssumedRoleId"] == f"{role['RoleId']}:AssumeRoleWithMFA"
    print(f"caller: {caller['Arn']}", flush=True)

    teardown(iam, user, key, serial, role, policy)
    print("assume-role scenario ok", flush=True)


if __name__ == "__main__":
    main()
