import type {Random} from '../../support/random.js';

/** Every parameter name any sandbox action reads, plus list/structure members and oddities. */
export const PARAMETER_NAMES = [
	'UserName',
	'NewUserName',
	'Path',
	'PathPrefix',
	'Marker',
	'MaxItems',
	'VirtualMFADeviceName',
	'SerialNumber',
	'AuthenticationCode1',
	'AuthenticationCode2',
	'AssignmentStatus',
	'AccessKeyId',
	'Status',
	'PolicyName',
	'PolicyDocument',
	'PolicySourceArn',
	'ActionNames.member.1',
	'ActionNames.member.2',
	'ResourceArns.member.1',
	'DurationSeconds',
	'TokenCode',
	'Tags.member.1.Key',
	'Tags.member.1.Value',
	'Tags.member.2.Key',
	'Tags.member.3.Value',
	'TagKeys.member.1',
	'ContextEntries.member.1.ContextKeyName',
	'ContextEntries.member.1.ContextKeyValues.member.1',
	'ContextEntries.member.1.ContextKeyType',
	'PolicyInputList.member.1',
	'CallerArn',
	'ResourcePolicy',
	'Bucket',
	'__proto__',
	'constructor',
	'hasOwnProperty',
	'toString',
];

/** Values that tend to find edges: empty, control characters, numbers out of range, markup, lookalikes. */
export function notableValues(accountId: string, known: readonly string[]): string[] {
	return [
		'',
		' ',
		'\t',
		'null',
		'\u0000',
		'\u0001\u001f',
		'\u007f',
		'\uFFFE',
		'😀',
		'\u202E',
		'-1',
		'0',
		'1',
		'1e309',
		'NaN',
		'Infinity',
		'99999999999999999999',
		'0x10',
		'900',
		'129600',
		'43200',
		'../..',
		'%00',
		'%',
		'<a>&amp;</a>',
		']]>',
		'<![CDATA[x]]>',
		"'",
		'"',
		'{}',
		'[]',
		'{"Version":"2012-10-17","Statement":[]}',
		'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
		'{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}}',
		'Any',
		'Assigned',
		'Unassigned',
		'Active',
		'Inactive',
		'boolean',
		'string',
		'numericList',
		'/',
		'//',
		'/a/',
		'/sts-mfa/',
		'123456',
		'000000',
		`arn:aws:iam::${accountId}:user/fuzz-target`,
		`arn:aws:iam::${accountId}:mfa/fuzz-target`,
		`arn:aws:iam::${accountId}:root`,
		'arn:aws:s3:::*',
		'arn:aws:iam::*:user/*',
		'AKIAAAAAAAAAAAAAAAAA',
		'iam:GetUser',
		's3:ListAllMyBuckets',
		'aws:MultiFactorAuthPresent',
		'my-bucket',
		'UPPER',
		'a'.repeat(65),
		'a'.repeat(129),
		'a'.repeat(257),
		...known,
	];
}

/** A random parameter value: notable, random text, digits, or (rarely) very long. */
export function garbageValue(random: Random, notable: readonly string[]): string {
	const kind = random.int(10);
	if (kind < 4) return random.pick(notable);
	if (kind < 6) return random.unicode(random.int(40));
	if (kind < 7) return String(random.int(10 ** random.int(12)));
	if (kind < 8) return random.pick(notable) + random.unicode(random.int(4));
	if (kind < 9) return random.headerText(random.int(300));
	return random.pick(['x', '\u00e9', '😀', '%', '<']).repeat(1000 + random.int(random.chance(0.1) ? 150_000 : 20_000));
}

/** A parameter name: a real one, a real one bent, or noise. */
export function garbageName(random: Random): string {
	const kind = random.int(10);
	if (kind < 7) return random.pick(PARAMETER_NAMES);
	if (kind < 8) return random.pick(PARAMETER_NAMES).toLowerCase();
	if (kind < 9)
		return `${random.pick(['Tags', 'ActionNames', 'ContextEntries', 'ResourceArns'])}.member.${random.pick(['0', '-1', '1001', 'x', '', '1.member.1'])}`;
	return random.unicode(1 + random.int(12));
}

export function garbagePairs(random: Random, notable: readonly string[], count: number): Array<[string, string]> {
	return Array.from({length: count}, () => [garbageName(random), garbageValue(random, notable)] as [string, string]);
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND', 'FOO'];

export function garbageMethod(random: Random): string {
	return random.pick(METHODS);
}

/** A request target node:http will send (no spaces or controls): paths, encodings, dot segments, queries. */
export function garbageTarget(random: Random): string {
	const pieces = [
		'/',
		'/bucket',
		'/my-bucket/',
		'/a/b/c',
		'/%',
		'/%zz',
		'/%C0%AF',
		'/..',
		'/./x',
		'//',
		'/bucket/key',
		'/?acl',
		'/x?x-id=CreateBucket',
	];
	let target = random.pick(pieces);
	if (random.chance(0.5)) target += `/${random.headerText(random.int(20)).replace(/[\s\u0080-\u00ff]/g, '')}`;
	if (random.chance(0.5)) {
		const query = Array.from(
			{length: random.int(5)},
			() =>
				`${random.pick(['Action', 'Version', 'X-Amz-Algorithm', 'acl', 'x-id', 'prefix', 'max-buckets', random.headerText(5).replace(/[\s&=#\u0080-\u00ff]/g, '')])}=${random.pick(['GetCallerIdentity', 'ListUsers', '2011-06-15', '2010-05-08', '%', '%ff', '', 'AWS4-HMAC-SHA256', '1'])}`,
		);
		target += `${target.includes('?') ? '&' : '?'}${query.join('&')}`;
	}
	return target.replace(/[^\u0021-\u00ff]/g, '');
}

/** Authorization headers that are almost right, or not at all. */
export function garbageAuthorization(random: Random, accessKeyId: string): string {
	const date = new Date().toISOString().slice(0, 10).replaceAll('-', '');
	const signature = random.bytes(32).toString('hex');
	return random.pick([
		'',
		'AWS4-HMAC-SHA256',
		'AWS4-HMAC-SHA256 ',
		'AWS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=',
		'Bearer abc',
		`AWS4-HMAC-SHA256 Credential=${accessKeyId}/${date}/us-east-1/sts/aws4_request`,
		`AWS4-HMAC-SHA256 Credential=${accessKeyId}/${date}/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`,
		`AWS4-HMAC-SHA256 Credential=${accessKeyId}/${date}/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`,
		`AWS4-HMAC-SHA256 Credential=${accessKeyId}/${date}/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=${signature}`,
		`AWS4-HMAC-SHA256 Credential=${accessKeyId}/2020-01-01/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=${signature}`,
		`AWS4-HMAC-SHA256 Credential=${accessKeyId}/${date}/us-east-1/sts/aws4_request, SignedHeaders=x-amz-date, Signature=${signature}`,
		`AWS4-HMAC-SHA256 Credential=${accessKeyId}/${date}/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=${signature.toUpperCase()}`,
		`AWS4-HMAC-SHA256 Credential=/${date}//sts/aws4_request, SignedHeaders=host, Signature=${signature}`,
		`AWS4-HMAC-SHA256 Credential=${accessKeyId}/${date}/us-east-1/sts/aws4_request,,,, SignedHeaders=host;host;;, Signature=${signature}, Signature=${signature}`,
		`AWS4-HMAC-SHA256 Credential=${random.headerText(40)}, SignedHeaders=${random.headerText(20)}, Signature=${random.headerText(64)}`,
		`AWS4-HMAC-SHA256 Credential=ASIA${'A'.repeat(16)}/${date}/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=${signature}`,
		random.headerText(random.int(500)),
	]);
}

/** X-Amz-Date values in the wrong format, or far from now. */
export function garbageAmzDate(random: Random): string {
	const now = new Date();
	return random.pick([
		'',
		'garbage',
		now.toISOString(),
		now.toUTCString(),
		now.toISOString().replace(/[-:]/g, ''),
		now
			.toISOString()
			.replace(/[-:]|\.\d{3}/g, '')
			.slice(0, -1),
		'20200101T000000Z',
		'29991231T235959Z',
		'20240230T000000Z',
		'99999999T999999Z',
		'20240101T250000Z',
		'1700000000',
		'-1',
		`${now.toISOString().replace(/[-:]|\.\d{3}/g, '')} `,
	]);
}
