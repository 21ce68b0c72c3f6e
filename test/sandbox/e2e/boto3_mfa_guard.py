"""AWS's 2023 MFA guard and the CloudTrail event history, with boto3 against a running `sts-mfa sandbox`.

Reads STS_MFA_ENDPOINT, STS_MFA_ACCESS_KEY_ID and STS_MFA_SECRET_ACCESS_KEY, and for the CloudTrail
client nothing but the sandbox's exports (AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, …) in the environment.
A user with one enabled MFA device and a policy that allows managing their own devices without any
condition (Duo's finding): with the long-term key, EnableMFADevice for a second device and
DeactivateMFADevice are refused (AccessDenied, 403); with an MFA session from GetSessionToken both
succeed. Then the administrator finds each call in the event history with LookupEvents, by EventName
and by AccessKeyId, page by page, and no secret appears in any record. Prints each step, the user's
key id as "user-key AKIA…", and "guard scenario ok"; exits 0 when every expectation held.
"""
import json
import time

import boto3

from boto3_assume_role_mfa import ADMIN, client, enable_with_past_codes, user_with_device
from boto3_scenario import expect_error, totp

SELF_MANAGE = {"Version": "2012-10-17", "Statement": [
    {"Sid": "AllowUserToManageTheirOwnMFA", "Effect": "Allow",
     "Action": ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:DeactivateMFADevice",
                "iam:ListMFADevices", "iam:DeleteVirtualMFADevice"],
     "Resource": ["arn:aws:iam::*:user/${aws:username}", "arn:aws:iam::*:mfa/*"]},
]}


def setup(iam):
    user, key, serial, seed = user_with_device(iam, "guarded-user", "guarded-first")
    iam.put_user_policy(UserName=user["UserName"], PolicyName="self-manage", PolicyDocument=json.dumps(SELF_MANAGE))
    print("set up: a user with one MFA device and the self-manage policy", flush=True)
    return user, key, serial, seed


def long_term_key_is_refused(user_iam, user_name, first_serial):
    second = user_iam.create_virtual_mfa_device(VirtualMFADeviceName="guarded-second")["VirtualMFADevice"]
    second_seed = second["Base32StringSeed"].decode("ascii")
    now = time.time()
    expect_error(lambda: user_iam.enable_mfa_device(
        UserName=user_name, SerialNumber=second["SerialNumber"],
        AuthenticationCode1=totp(second_seed, now - 60), AuthenticationCode2=totp(second_seed, now - 30)),
        "AccessDenied", 403)
    expect_error(lambda: user_iam.deactivate_mfa_device(UserName=user_name, SerialNumber=first_serial),
                 "AccessDenied", 403)
    print("long-term key: EnableMFADevice and DeactivateMFADevice refused", flush=True)
    return second["SerialNumber"], second_seed


def mfa_session_is_allowed(user_sts, user_name, first_serial, first_seed, second_serial, second_seed):
    answer = user_sts.get_session_token(SerialNumber=first_serial, TokenCode=totp(first_seed, time.time()))
    temporary = answer["Credentials"]
    session = client("iam", {"aws_access_key_id": temporary["AccessKeyId"],
                             "aws_secret_access_key": temporary["SecretAccessKey"],
                             "aws_session_token": temporary["SessionToken"]})
    enable_with_past_codes(session, user_name, second_serial, second_seed)
    session.deactivate_mfa_device(UserName=user_name, SerialNumber=first_serial)
    print("MFA session: EnableMFADevice and DeactivateMFADevice allowed", flush=True)
    return temporary


def lookup(trail, key: str, value: str):
    """Every matching event, one per page, as the paginator reads them."""
    pages = trail.get_paginator("lookup_events").paginate(
        LookupAttributes=[{"AttributeKey": key, "AttributeValue": value}], PaginationConfig={"PageSize": 1})
    return [event for page in pages for event in page["Events"]]


def summary(event):
    record = json.loads(event["CloudTrailEvent"])
    identity = record["userIdentity"]
    mfa = identity.get("sessionContext", {}).get("attributes", {}).get("mfaAuthenticated", "absent")
    return (record["eventName"], record.get("errorCode", "-"), identity["type"], identity["accessKeyId"][:4], mfa)


def events_are_found(trail, user_key_id, session_key_id, secrets):
    by_name = [summary(event) for event in lookup(trail, "EventName", "EnableMFADevice")]
    assert ("EnableMFADevice", "AccessDenied", "IAMUser", "AKIA", "absent") in by_name, by_name
    assert ("EnableMFADevice", "-", "IAMUser", "ASIA", "true") in by_name, by_name
    by_key = [summary(event) for event in lookup(trail, "AccessKeyId", user_key_id)]
    assert ("EnableMFADevice", "AccessDenied", "IAMUser", "AKIA", "absent") in by_key, by_key
    assert ("DeactivateMFADevice", "AccessDenied", "IAMUser", "AKIA", "absent") in by_key, by_key
    by_session = [summary(event) for event in lookup(trail, "AccessKeyId", session_key_id)]
    assert ("DeactivateMFADevice", "-", "IAMUser", "ASIA", "true") in by_session, by_session
    everything = trail.lookup_events()["Events"]
    for event in everything:
        for secret in secrets:
            assert secret not in json.dumps(event, default=str), f"a secret appears in the {event['EventName']} event"
    print(f"found the events by EventName and by AccessKeyId ({len(by_key)} for the user's key)", flush=True)


def main() -> None:
    iam = client("iam", ADMIN)
    user, key, first_serial, first_seed = setup(iam)
    print(f"user-key {key['AccessKeyId']}", flush=True)
    credentials = {"aws_access_key_id": key["AccessKeyId"], "aws_secret_access_key": key["SecretAccessKey"]}
    second_serial, second_seed = long_term_key_is_refused(client("iam", credentials), user["UserName"], first_serial)
    temporary = mfa_session_is_allowed(client("sts", credentials), user["UserName"], first_serial, first_seed,
                                       second_serial, second_seed)
    secrets = [key["SecretAccessKey"], temporary["SecretAccessKey"], temporary["SessionToken"], first_seed,
               second_seed]
    # The defender's client takes nothing but the environment: the sandbox's printed exports.
    events_are_found(boto3.client("cloudtrail"), key["AccessKeyId"], temporary["AccessKeyId"], secrets)
    print("guard scenario ok", flush=True)


if __name__ == "__main__":
    main()
