"""Prints, as JSON, the presigned URLs boto3 makes against the sandbox (its endpoint and keys in the environment)."""
import json
import os

import boto3

endpoint = os.environ["STS_MFA_ENDPOINT"]
session = boto3.Session(
    aws_access_key_id=os.environ["STS_MFA_ACCESS_KEY_ID"],
    aws_secret_access_key=os.environ["STS_MFA_SECRET_ACCESS_KEY"],
    region_name="us-east-1",
)
sts = session.client("sts", endpoint_url=endpoint)
iam = session.client("iam", endpoint_url=endpoint)
s3 = session.client("s3", endpoint_url=endpoint)
print(
    json.dumps(
        {
            # The defaults: signed for the operation's own method (POST), then opened with GET.
            "getCallerIdentity": sts.generate_presigned_url("get_caller_identity"),
            "getCallerIdentityGet": sts.generate_presigned_url("get_caller_identity", HttpMethod="GET"),
            "listUsers": iam.generate_presigned_url("list_users"),
            # Signature Version 2: boto3's default for S3 presigned URLs against a custom endpoint.
            "listBucketsV2": s3.generate_presigned_url("list_buckets"),
        }
    )
)
