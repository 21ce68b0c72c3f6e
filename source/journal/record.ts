import {isResourceKind} from '../resources/kinds.js';
import type {JournalResourceKind, TargetKind} from '../scenario/types.js';
import {JOURNAL_WORDS} from '../words/journal.js';

/*
 * The journal file's shape. It holds only what cleanup needs to find a run's resources again:
 * kinds, names and ids, the target descriptor, the account, timestamps and the process that wrote
 * it. Never a secret: every field is copied explicitly, so nothing else can ride along.
 */

export const JOURNAL_VERSION = 1;

export type RecordState = 'intended' | 'created' | 'deleted';

export interface JournalRecord {
	readonly kind: JournalResourceKind;
	readonly id: string;
	readonly state: RecordState;
	/** ISO timestamp. */
	readonly at: string;
}

export interface JournalTarget {
	readonly kind: TargetKind;
	readonly region: string;
	readonly endpoint?: string;
	readonly profile?: string;
}

export interface JournalDocument {
	readonly version: typeof JOURNAL_VERSION;
	readonly runId: string;
	readonly pid: number;
	readonly hostname: string;
	/** Identifies the writing process beyond its pid (Linux start time), so a reused pid is not mistaken for the run. */
	readonly processStart?: string;
	readonly startedAt: string;
	readonly updatedAt: string;
	readonly target: JournalTarget;
	readonly account?: string;
	readonly records: readonly JournalRecord[];
}

const TARGET_KINDS: readonly TargetKind[] = ['sandbox', 'aws', 'endpoint'];
const STATES: readonly RecordState[] = ['intended', 'created', 'deleted'];
/** IAM names, access key ids and ARNs: nothing else belongs in a journal. */
const ID_PATTERN = /^[\w+=,.@:/-]{1,512}$/;

export const RUN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export {isResourceKind} from '../resources/kinds.js';

export function isValidId(value: unknown): value is string {
	return typeof value === 'string' && ID_PATTERN.test(value);
}

/** The endpoint without user-info, query or fragment: a URL with embedded credentials must not reach the disk. */
export function safeEndpoint(endpoint: string | undefined): string | undefined {
	if (endpoint === undefined) return undefined;
	try {
		const url = new URL(endpoint);
		return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
	} catch {
		return undefined;
	}
}

/**
 * What a journal records of its target. An AWS target keeps its profile and region only: an
 * endpoint the profile (endpoint_url) or AWS_ENDPOINT_URL chose is found again from the user's own
 * configuration when cleanup runs, never from the journal (see parseTarget).
 */
export function journalTarget(target: JournalTarget): JournalTarget {
	const endpoint = target.kind === 'aws' ? undefined : safeEndpoint(target.endpoint);
	return {
		kind: target.kind,
		region: target.region,
		...(endpoint === undefined ? {} : {endpoint}),
		...(target.profile === undefined ? {} : {profile: target.profile}),
	};
}

function fail(reason: string): never {
	throw new Error(reason);
}

function parseRecord(value: unknown, index: number): JournalRecord {
	const record = (value ?? {}) as Record<string, unknown>;
	if (!isResourceKind(record.kind)) fail(JOURNAL_WORDS.invalid.recordKind(index + 1));
	if (!isValidId(record.id)) fail(JOURNAL_WORDS.invalid.recordId(index + 1));
	if (!STATES.includes(record.state as RecordState)) fail(JOURNAL_WORDS.invalid.recordState(index + 1));
	if (typeof record.at !== 'string') fail(JOURNAL_WORDS.invalid.recordTime(index + 1));
	return {kind: record.kind, id: record.id, state: record.state as RecordState, at: record.at};
}

/** No dots or slashes: the SDK builds AWS hostnames from the region, which must not steer them elsewhere. */
const REGION_PATTERN = /^[a-z0-9-]{1,32}$/;
const PROFILE_PATTERN = /^[\w.+@-]{1,128}$/;

/** An endpoint cleanup may send signed requests to: an http(s) URL, nothing else, with nothing hidden in it. */
function checkedEndpoint(value: unknown): string {
	if (typeof value !== 'string') fail(JOURNAL_WORDS.invalid.noEndpoint);
	const endpoint = safeEndpoint(value);
	if (endpoint === undefined || !/^https?:\/\//.test(endpoint) || endpoint !== value.replace(/\/$/, ''))
		fail(JOURNAL_WORDS.invalid.endpointNotPlain);
	return endpoint;
}

/**
 * The target decides where cleanup sends signed requests, so it must be exactly one a run writes:
 * AWS names no endpoint (the SDK's own), an endpoint target names a plain http(s) URL, and the
 * embedded sandbox is never contacted at all.
 */
function parseTarget(value: unknown): JournalTarget {
	const target = (value ?? {}) as Record<string, unknown>;
	const kind = target.kind as TargetKind;
	if (!TARGET_KINDS.includes(kind)) fail(JOURNAL_WORDS.invalid.targetKind);
	if (typeof target.region !== 'string' || !REGION_PATTERN.test(target.region))
		fail(JOURNAL_WORDS.invalid.targetRegion);
	if (target.profile !== undefined && (typeof target.profile !== 'string' || !PROFILE_PATTERN.test(target.profile)))
		fail(JOURNAL_WORDS.invalid.targetProfile);
	if (kind === 'aws' && target.endpoint !== undefined) fail(JOURNAL_WORDS.invalid.awsWithEndpoint);
	if (kind !== 'aws' && target.profile !== undefined) fail(JOURNAL_WORDS.invalid.profileNotAws);
	const endpoint = kind === 'endpoint' || target.endpoint !== undefined ? checkedEndpoint(target.endpoint) : undefined;
	return {
		kind,
		region: target.region,
		...(endpoint === undefined ? {} : {endpoint}),
		...(target.profile === undefined ? {} : {profile: target.profile as string}),
	};
}

/** Parses and validates a journal's text; throws an Error whose message says what is wrong. */
export function parseJournal(text: string): JournalDocument {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		fail(JOURNAL_WORDS.invalid.notJson);
	}
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(JOURNAL_WORDS.invalid.notAnObject);
	const doc = raw as Record<string, unknown>;
	if (doc.version !== JOURNAL_VERSION) fail(JOURNAL_WORDS.invalid.version(JSON.stringify(doc.version)));
	if (typeof doc.runId !== 'string' || !RUN_ID_PATTERN.test(doc.runId)) fail(JOURNAL_WORDS.invalid.runId);
	if (typeof doc.pid !== 'number' || !Number.isInteger(doc.pid) || doc.pid <= 0) fail(JOURNAL_WORDS.invalid.pid);
	if (!Array.isArray(doc.records)) fail(JOURNAL_WORDS.invalid.records);
	if (doc.account !== undefined && (typeof doc.account !== 'string' || !/^\d{12}$/.test(doc.account)))
		fail(JOURNAL_WORDS.invalid.account);
	return {
		version: JOURNAL_VERSION,
		runId: doc.runId,
		pid: doc.pid,
		hostname: typeof doc.hostname === 'string' ? doc.hostname : '',
		...(typeof doc.processStart === 'string' ? {processStart: doc.processStart} : {}),
		startedAt: typeof doc.startedAt === 'string' ? doc.startedAt : '',
		updatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : '',
		target: parseTarget(doc.target),
		...(doc.account === undefined ? {} : {account: doc.account as string}),
		records: doc.records.map(parseRecord),
	};
}

/** Ids of each kind whose latest record is not a deletion: what the run may have left behind. */
export function outstandingIds(records: readonly JournalRecord[], kind: JournalResourceKind): string[] {
	const latest = new Map<string, RecordState>();
	for (const record of records) if (record.kind === kind) latest.set(record.id, record.state);
	return [...latest].filter(([, state]) => state !== 'deleted').map(([id]) => id);
}
