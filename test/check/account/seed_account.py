"""Seeds a sandbox account for `sts-mfa check`'s tests, through boto3 alone (an independent client).

Every kind of finding the sandbox can hold, and principals that are correctly protected. The
policies are the fixtures beside this directory and small ones written here. Prints, as JSON, the
policy documents each principal holds, for the offline run of the same cells.
"""
import base64, hashlib, hmac, json, os, struct, sys, time

import boto3

FIXTURES = os.path.join(os.path.dirname(__file__), '..', 'fixtures')


def fixture(name):
    with open(os.path.join(FIXTURES, name + '.json')) as handle:
        return handle.read()


def doc(*statements):
    return json.dumps({'Version': '2012-10-17', 'Statement': list(statements)}, indent=2)


def totp(seed, step):
    key = base64.b32decode(seed)
    digest = hmac.new(key, struct.pack('>Q', step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack('>I', digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return '%06d' % code


iam = boto3.client('iam')
account = boto3.client('sts').get_caller_identity()['Account']
held = {}


def user(name, policies=(), groups=(), device=False, key=False, boundary=None, managed=()):
    iam.create_user(UserName=name, **({'PermissionsBoundary': boundary} if boundary else {}))
    held[name] = []
    for policy_name, text in policies:
        iam.put_user_policy(UserName=name, PolicyName=policy_name, PolicyDocument=text)
        held[name].append(text)
    for arn, text in managed:
        iam.attach_user_policy(UserName=name, PolicyArn=arn)
        held[name].append(text)
    for group, texts in groups:
        iam.add_user_to_group(GroupName=group, UserName=name)
        held[name].extend(texts)
    if device:
        serial = iam.create_virtual_mfa_device(VirtualMFADeviceName=name)['VirtualMFADevice']
        seed = serial['Base32StringSeed'].decode()
        step = int(time.time()) // 30
        iam.enable_mfa_device(UserName=name, SerialNumber=serial['SerialNumber'],
                              AuthenticationCode1=totp(seed, step - 1), AuthenticationCode2=totp(seed, step))
    if key:
        iam.create_access_key(UserName=name)


def managed(name, text):
    return iam.create_policy(PolicyName=name, PolicyDocument=text)['Policy']['Arn'], text


LIST_ONLY_WITH_MFA = doc({'Sid': 'ListBucketsWithMfa', 'Effect': 'Allow', 'Action': 's3:ListAllMyBuckets',
                          'Resource': '*', 'Condition': {'Bool': {'aws:MultiFactorAuthPresent': 'true'}}})
NO_CONDITION = doc({'Sid': 'ReadBucketsAnyhow', 'Effect': 'Allow', 'Action': ['s3:ListAllMyBuckets', 'iam:CreateAccessKey'], 'Resource': '*'})
AGE_ONLY = doc({'Sid': 'ListBucketsWithinTheHour', 'Effect': 'Allow', 'Action': 's3:ListAllMyBuckets', 'Resource': '*',
                'Condition': {'NumericLessThan': {'aws:MultiFactorAuthAge': '3600'}}})
EVERYTHING = doc({'Sid': 'Everything', 'Effect': 'Allow', 'Action': ['s3:*', 'iam:CreateAccessKey'], 'Resource': '*'})
BOUNDARY = managed('MfaBoundary', LIST_ONLY_WITH_MFA)

# Findings
user('alice', policies=[('read-buckets', NO_CONDITION)], device=True)                    # allowedWithoutMfa
user('bob', policies=[('force-mfa-bool', fixture('force-mfa-bool'))], device=True)        # boolDenyMissesKey (+ self-management)
iam.create_group(GroupName='self-managers')
duo = managed('SelfManageAsDuoDescribed', fixture('self-manage-duo'))
iam.attach_group_policy(GroupName='self-managers', PolicyArn=duo[0])
user('carol', groups=[('self-managers', [duo[1]])], device=True)                          # selfManagementWithoutMfa
user('dave', policies=[('within-the-hour', AGE_ONLY)], device=True)                       # mfaAgeWithoutPresence
user('erin', key=True)                                                                     # keyWithoutDevice
user('ivan', policies=[('self-manage', fixture('self-manage-today'))], key=True)          # firstDeviceFromKey (+ keyWithoutDevice)
iam.create_role(RoleName='ops-open', AssumeRolePolicyDocument=doc(
    {'Sid': 'AnyoneInTheAccount', 'Effect': 'Allow', 'Principal': {'AWS': 'arn:aws:iam::%s:root' % account}, 'Action': 'sts:AssumeRole'}))
iam.put_role_policy(RoleName='ops-open', PolicyName='list-buckets', PolicyDocument=doc(
    {'Sid': 'ListBuckets', 'Effect': 'Allow', 'Action': 's3:ListAllMyBuckets', 'Resource': '*'}))    # roleAssumableWithoutMfa
# Correctly protected
user('frank', policies=[('force-mfa', fixture('force-mfa'))], device=True, key=True)
user('grace', policies=[('list-with-mfa', LIST_ONLY_WITH_MFA)], device=True, key=True)
user('heidi', policies=[('everything', EVERYTHING)], device=True, boundary=BOUNDARY[0])
iam.create_role(RoleName='ops-mfa', AssumeRolePolicyDocument=doc(
    {'Sid': 'OnlyWithMfa', 'Effect': 'Allow', 'Principal': {'AWS': 'arn:aws:iam::%s:root' % account}, 'Action': 'sts:AssumeRole',
     'Condition': {'Bool': {'aws:MultiFactorAuthPresent': 'true'}}}))
iam.put_role_policy(RoleName='ops-mfa', PolicyName='list-buckets', PolicyDocument=doc(
    {'Sid': 'ListBuckets', 'Effect': 'Allow', 'Action': 's3:ListAllMyBuckets', 'Resource': '*'}))
json.dump({'account': account, 'held': held, 'boundary': BOUNDARY[1]}, sys.stdout)
