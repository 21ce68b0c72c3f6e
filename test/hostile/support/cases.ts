import type {Protocol} from './answers.js';
import {
	garbageAmzDate,
	garbageAuthorization,
	garbageMethod,
	garbagePairs,
	garbageTarget,
	garbageValue,
} from './garbage.js';
import type {Random} from '../../support/random.js';
import {
	uriEscape,
	FORM_CONTENT_TYPE,
	formOf,
	signQuery,
	signRequest,
	type Credentials,
	type WireRequest,
} from './signing.js';

export interface FuzzContext {
	readonly host: string;
	readonly accountId: string;
	/** The administrator, a user's long-term key, and that user's sessions (with and without MFA). */
	readonly signers: readonly Credentials[];
	/** Action names the sandbox implements, per Query service. */
	readonly actions: {readonly iam: readonly string[]; readonly sts: readonly string[]};
	readonly notable: readonly string[];
}

export interface FuzzCase {
	readonly kind: string;
	readonly wire: WireRequest;
	/** The protocol of the service the request was signed for ('any' when nothing says). */
	readonly protocol: Protocol | 'any';
}

const VERSIONS = {iam: '2010-05-08', sts: '2011-06-15'} as const;

/** Action names that are not actions: inherited property names, near misses, the other service's. */
const ODD_ACTIONS = [
	'constructor',
	'__proto__',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'prototype',
	'listusers',
	'ListUsers ',
	'GetCallerIdentity\u0000',
	'ListBuckets',
	'GetSessionToken',
	'CreateUser',
];

const SCOPE_SERVICE = /Credential=[^/,\s]*\/[^/,\s]*\/[^/,\s]*\/([^/,\s]+)\//;

/** The protocol of the service a request's credential scope names, as sent (mutations included). */
export function protocolOf(wire: WireRequest): Protocol | 'any' {
	const service = SCOPE_SERVICE.exec(wire.headers.authorization ?? '')?.[1];
	return service === 'iam' || service === 'sts' ? 'query' : service === 's3' ? 's3' : 'any';
}

/** A correctly signed call of an implemented action with garbage in its parameters: it reaches the action. */
export async function garbageParameters(random: Random, context: FuzzContext, index: number): Promise<FuzzCase> {
	const all = [
		...context.actions.iam.map((action) => ['iam', action] as const),
		...context.actions.sts.map((action) => ['sts', action] as const),
	];
	// Round robin over the actions, so each gets its share whatever the seed.
	const [service, action] = all[index % all.length]!;
	const pairs: Array<[string, string]> = [
		['Action', action],
		['Version', VERSIONS[service]],
		...garbagePairs(random, context.notable, random.int(7)),
	];
	const signer = random.chance(0.7) ? context.signers[0]! : random.pick(context.signers);
	return {kind: 'garbage-parameters', wire: await signQuery(signer, context.host, service, pairs), protocol: 'query'};
}

/** Correctly signed, but the body is wrong: non-UTF-8, bad escapes, repeats, too many, wrong type. */
export async function oddBody(random: Random, context: FuzzContext): Promise<FuzzCase> {
	const service = random.pick(['iam', 'sts'] as const);
	const base = formOf([
		['Action', service === 'iam' ? 'ListUsers' : 'GetCallerIdentity'],
		['Version', VERSIONS[service]],
	]);
	const variants: Array<() => [Buffer, string, ReadonlyArray<readonly [string, string]>?]> = [
		() => [Buffer.concat([Buffer.from(`${base}&UserName=`), random.bytes(1 + random.int(20))]), FORM_CONTENT_TYPE],
		() => [random.bytes(random.int(2000)), FORM_CONTENT_TYPE],
		() => [
			Buffer.from(`${base}&UserName=%${random.pick(['', 'z', 'zz', 'C3', 'C3%28', 'FF', 'ED%A0%80'])}`),
			FORM_CONTENT_TYPE,
		],
		() => [Buffer.from(`${base}&${base}`), FORM_CONTENT_TYPE],
		() => [Buffer.from(`${base}&${'a=1&'.repeat(1001)}`), FORM_CONTENT_TYPE],
		() => [Buffer.from(`${base}&UserName=${'u'.repeat(200_000 + random.int(600_000))}`), FORM_CONTENT_TYPE],
		() => [
			Buffer.from(base),
			random.pick([
				'application/json',
				'text/xml',
				'multipart/form-data; boundary=x',
				'application/x-www-form-urlencodedx',
				'',
			]),
		],
		() => [Buffer.from(JSON.stringify({Action: 'ListUsers', Version: VERSIONS.iam})), 'application/x-amz-json-1.1'],
		() => [Buffer.from(base), FORM_CONTENT_TYPE, [['Action', 'GetCallerIdentity']]],
		() => [
			Buffer.from(
				`Action=${random.pick(['', 'GetCallerIdentity', 'ListUsers', 'CreateUser'])}&Version=${random.pick(['', '2010-05-08', '2011-06-15', '2099-01-01', random.headerText(8)])}`,
			),
			FORM_CONTENT_TYPE,
		],
		() => [Buffer.from(`${base}&&&=&==&%3D=%26`), FORM_CONTENT_TYPE],
		() => [
			Buffer.from(
				`Action=${uriEscape(random.chance(0.5) ? random.pick(ODD_ACTIONS) : random.unicode(1 + random.int(30)))}&Version=${VERSIONS[service]}`,
			),
			FORM_CONTENT_TYPE,
		],
	];
	const [body, contentType, query] = random.pick(variants)();
	const headers: Record<string, string> = contentType ? {'content-type': contentType} : {};
	const method = random.chance(0.9) ? 'POST' : random.pick(['GET', 'PUT', 'DELETE']);
	const wire = await signRequest({
		credentials: context.signers[0]!,
		service,
		host: context.host,
		method,
		body,
		headers,
		query,
	});
	return {kind: 'odd-body', wire, protocol: 'query'};
}

/** Correctly signed S3 requests to random paths, methods and sub-resources. */
export async function s3Request(random: Random, context: FuzzContext): Promise<FuzzCase> {
	const path = random.pick([
		'/',
		'/fuzz-bucket',
		`/fuzz-${random.int(1000)}`,
		'/my-bucket',
		'/UPPER',
		'/a',
		`/${'b'.repeat(64)}`,
		'/192.168.0.1',
		'/x..y',
		'/bucket/key',
		'/bucket/',
		'/%C3%A9t%C3%A9',
		'/-x-',
	]);
	const method = random.pick(['GET', 'PUT', 'DELETE', 'POST', 'HEAD', 'PATCH']);
	const query = random.chance(0.3)
		? garbagePairs(random, context.notable, 1 + random.int(3)).map(
				([name, value]) =>
					[
						random.chance(0.5) ? random.pick(['acl', 'x-id', 'prefix', 'max-buckets', 'tagging', 'uploads']) : name,
						value,
					] as const,
			)
		: [];
	const body = random.chance(0.3)
		? Buffer.from(
				random.pick([
					'<CreateBucketConfiguration><LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>',
					'<x',
					random.unicode(50),
				]),
			)
		: random.chance(0.1)
			? random.bytes(100)
			: Buffer.alloc(0);
	const signer = random.pick(context.signers);
	const wire = await signRequest({credentials: signer, service: 's3', host: context.host, method, path, query, body});
	return {kind: 's3', wire, protocol: 's3'};
}

/** A valid request, changed after signing in one place. */
export async function mutatedRequest(random: Random, context: FuzzContext): Promise<FuzzCase> {
	const service = random.pick(['iam', 'sts'] as const);
	const pairs: Array<[string, string]> =
		service === 'iam'
			? [
					['Action', random.pick(['ListUsers', 'GetUser', 'CreateUser'])],
					['Version', VERSIONS.iam],
					['UserName', `fuzz-${random.int(100)}`],
				]
			: [
					['Action', 'GetCallerIdentity'],
					['Version', VERSIONS.sts],
				];
	const wire = await signQuery(random.pick(context.signers), context.host, service, pairs);
	const mutation = mutate(random, context, wire);
	return {kind: `mutated:${mutation}`, wire, protocol: protocolOf(wire)};
}

function mutate(random: Random, context: FuzzContext, wire: WireRequest): string {
	const mutations: Record<string, () => void> = {
		flipBodyByte: () => {
			const at = random.int(wire.body.length);
			wire.body[at] = wire.body[at]! ^ (1 << random.int(8));
		},
		truncateBody: () => (wire.body = wire.body.subarray(0, random.int(wire.body.length))),
		appendBody: () =>
			(wire.body = Buffer.concat([wire.body, Buffer.from(`&${formOf(garbagePairs(random, context.notable, 1))}`)])),
		duplicateParameter: () =>
			(wire.body = Buffer.concat([wire.body, Buffer.from(`&${wire.body.toString().split('&')[random.int(2)]}`)])),
		flipSignature: () =>
			(wire.headers.authorization = wire.headers.authorization!.replace(
				/Signature=([0-9a-f])/,
				(_m, c: string) => `Signature=${c === '0' ? '1' : '0'}`,
			)),
		garbleAuthorization: () =>
			(wire.headers.authorization = garbageAuthorization(random, context.signers[0]!.accessKeyId)),
		dropAuthorization: () => delete wire.headers.authorization,
		dropHeader: () =>
			delete wire.headers[
				random.pick(['x-amz-date', 'host', 'content-type', 'x-amz-content-sha256', 'x-amz-security-token'])
			],
		amzDate: () => (wire.headers['x-amz-date'] = garbageAmzDate(random)),
		securityToken: () => (wire.headers['x-amz-security-token'] = random.headerText(random.int(400))),
		payloadHash: () =>
			(wire.headers['x-amz-content-sha256'] = random.pick([
				'UNSIGNED-PAYLOAD',
				'STREAMING-AWS4-HMAC-SHA256-PAYLOAD',
				random.bytes(32).toString('hex'),
				random.headerText(64),
			])),
		contentType: () =>
			(wire.headers['content-type'] = random.pick(['text/plain', 'application/json', random.headerText(30)])),
		extraHeader: () => (wire.headers[`x-amz-${random.int(1000)}`] = random.headerText(random.int(2000))),
		hugeHeader: () => (wire.headers['x-big'] = 'h'.repeat(random.pick([8_000, 20_000, 70_000]))),
		method: () => (wire.method = garbageMethod(random)),
		target: () => (wire.target = garbageTarget(random)),
		query: () =>
			(wire.target += `?${random.pick(['Action=ListUsers', 'Version=x', 'Action=GetCallerIdentity&Version=2011-06-15', '%', 'a&&b=', garbageValue(random, context.notable).replace(/[^\u0021-\u00ff]/g, '')])}`),
	};
	const name = random.pick(Object.keys(mutations));
	mutations[name]!();
	return name;
}

/** Nothing signed: random methods, targets, headers and bodies. */
export function unsignedRequest(random: Random, context: FuzzContext): FuzzCase {
	const headers: Record<string, string> = {host: random.chance(0.9) ? context.host : random.headerText(20)};
	if (random.chance(0.5))
		headers.authorization = garbageAuthorization(random, random.pick([context.signers[0]!.accessKeyId, 'AKIANOTAKEY']));
	if (random.chance(0.3)) headers['x-amz-date'] = garbageAmzDate(random);
	if (random.chance(0.5))
		headers['content-type'] = random.pick([FORM_CONTENT_TYPE, 'application/xml', random.headerText(20)]);
	for (let count = random.int(3); count > 0; count--)
		headers[`x-${random.int(10_000)}`] = random.headerText(random.int(100));
	const body = random.chance(0.5)
		? random.chance(0.5)
			? random.bytes(random.int(3000))
			: Buffer.from(formOf(garbagePairs(random, context.notable, random.int(5))))
		: Buffer.alloc(0);
	const wire = {method: garbageMethod(random), target: garbageTarget(random), headers, body};
	return {kind: 'unsigned', wire, protocol: protocolOf(wire)};
}

/** Bytes straight onto a socket: not HTTP, broken HTTP, or HTTP with lies in its framing. */
export function rawBytes(random: Random, context: FuzzContext): {kind: string; bytes: Buffer} {
	const variants: Array<[string, () => Buffer]> = [
		['noise', () => random.bytes(1 + random.int(500))],
		[
			'bad-request-line',
			() =>
				Buffer.from(
					`${random.pick(['GET', 'POST', 'G\u0000T', ''])} ${random.pick(['/', '', '*', 'http://x/'])} ${random.pick(['HTTP/1.1', 'HTTP/9.9', 'HTTP/1', ''])}\r\n\r\n`,
					'latin1',
				),
		],
		[
			'bad-header',
			() =>
				Buffer.from(
					`POST / HTTP/1.1\r\nHost: ${context.host}\r\n${random.pick(['X:\u0000', 'no colon', ': empty-name', 'Content-Length: -1', 'Content-Length: 1, 2', 'Transfer-Encoding: chunked\r\nContent-Length: 3'])}\r\n\r\n`,
					'latin1',
				),
		],
		[
			'short-body',
			() =>
				Buffer.from(
					`POST / HTTP/1.1\r\nHost: ${context.host}\r\nContent-Type: ${FORM_CONTENT_TYPE}\r\nContent-Length: ${100 + random.int(1000)}\r\n\r\nAction=GetCallerIdentity`,
				),
		],
		[
			'bad-chunks',
			() =>
				Buffer.from(
					`POST / HTTP/1.1\r\nHost: ${context.host}\r\nTransfer-Encoding: chunked\r\n\r\n${random.pick(['zz\r\n', '5\r\nabc\r\n', 'fffffffffffffffff\r\n', '1\r\nA\r\n0\r\n'])}`,
				),
		],
		[
			'oversized',
			() =>
				Buffer.from(
					`POST / HTTP/1.1\r\nHost: ${context.host}\r\nContent-Type: ${FORM_CONTENT_TYPE}\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\nAction=`,
				),
		],
	];
	const [kind, make] = random.pick(variants);
	return {kind: `raw:${kind}`, bytes: make()};
}
