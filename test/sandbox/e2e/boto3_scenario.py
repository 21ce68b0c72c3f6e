"""The seed scenario with boto3 against a running sts-mfa sandbox.

Reads STS_MFA_ENDPOINT, STS_MFA_ACCESS_KEY_ID and STS_MFA_SECRET_ACCESS_KEY. When it needs a fresh
TOTP step it prints "need-fresh-step" and reads the sandbox clock's offset (seconds) from stdin.
Prints "scenario ok" and exits 0 when every expectation held.
"""
import base64
import hashlib
import hmac
import json
import os
import struct
import sys
import time

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT = os.environ["STS_MFA_ENDPOINT"]
ADMIN = {
    "aws_access_key_id": os.environ["STS_MFA_ACCESS_KEY_ID"],
    "aws_secret_access_key": os.environ["STS_MFA_SECRET_ACCESS_KEY"],
}
CONFIG = Config(retries={"max_attempts": 1, "mode": "standard"}, s3={"addressing_style": "path"})
POLICY = {
    "Version": "2012-10-17",
    "Statement": [{
        "Effect": "Allow",
        "Action": "s3:ListAllMyBuckets",
        "Resource": "*",
        "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}},
    }],
}


def totp(seed_base32: str, at: float) -> str:
    """RFC 6238: HMAC-SHA1 over the 30-second counter, dynamic truncation, six digits."""
    key = base64.b32decode(seed_base32 + "=" * (-len(seed_base32) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(at // 30)), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def client(service: str, credentials: dict):
    return boto3.client(service, endpoint_url=ENDPOINT, region_name="us-east-1", config=CONFIG, **credentials)


def expect_error(call, code: str, status: int) -> None:
    try:
        call()
    except ClientError as error:
        got = (error.response["Error"]["Code"], error.response["ResponseMetadata"]["HTTPStatusCode"])
        assert got == (code, status), f"expected {code} {status}, got {got}"
        return
    raise AssertionError(f"expected {code}, the call succeeded")


def session_credentials(answer: dict) -> dict:
    credentials = answer["Credentials"]
    return {
        "aws_access_key_id": credentials["AccessKeyId"],
        "aws_secret_access_key": credentials["SecretAccessKey"],
        "aws_session_token": credentials["SessionToken"],
    }


def main() -> None:
    iam = client("iam", ADMIN)
    user_name = "boto3-demo-user"
    user = iam.create_user(UserName=user_name, Path="/sts-mfa/")["User"]
    device = iam.create_virtual_mfa_device(VirtualMFADeviceName=user_name)["VirtualMFADevice"]
    serial = device["SerialNumber"]
    seed = device["Base32StringSeed"].decode("ascii")
    assert device["QRCodePNG"].startswith(b"\x89PNG"), "QRCodePNG is not a PNG"
    now = time.time()
    iam.enable_mfa_device(UserName=user_name, SerialNumber=serial,
                          AuthenticationCode1=totp(seed, now), AuthenticationCode2=totp(seed, now + 30))
    key = iam.create_access_key(UserName=user_name)["AccessKey"]
    iam.put_user_policy(UserName=user_name, PolicyName="list-buckets-with-mfa", PolicyDocument=json.dumps(POLICY))
    user_credentials = {"aws_access_key_id": key["AccessKeyId"], "aws_secret_access_key": key["SecretAccessKey"]}

    expect_error(lambda: client("s3", user_credentials).list_buckets(), "AccessDenied", 403)
    sts = client("sts", user_credentials)
    plain = session_credentials(sts.get_session_token(DurationSeconds=900))
    expect_error(lambda: client("s3", plain).list_buckets(), "AccessDenied", 403)

    print("need-fresh-step", flush=True)
    offset = float(sys.stdin.readline())
    fresh = session_credentials(sts.get_session_token(SerialNumber=serial, TokenCode=totp(seed, time.time() + offset)))
    buckets = client("s3", fresh).list_buckets()["Buckets"]
    assert buckets and all("CreationDate" in bucket for bucket in buckets), f"no buckets listed: {buckets}"
    assert client("sts", fresh).get_caller_identity()["Arn"] == user["Arn"]

    expect_error(lambda: iam.delete_user(UserName=user_name), "DeleteConflict", 409)
    iam.delete_user_policy(UserName=user_name, PolicyName="list-buckets-with-mfa")
    iam.delete_access_key(UserName=user_name, AccessKeyId=key["AccessKeyId"])
    iam.deactivate_mfa_device(UserName=user_name, SerialNumber=serial)
    iam.delete_virtual_mfa_device(SerialNumber=serial)
    iam.delete_user(UserName=user_name)
    assert iam.list_users()["Users"] == []
    print("scenario ok", flush=True)


if __name__ == "__main__":
    main()
