import {SandboxError} from '../errors.js';
import {measuredWork, REQUEST_WORK_STEPS, WorkBudgetExceeded} from '../policy/work-meter.js';
import type {QueryParams} from '../protocol/query-params.js';
import {MARKER, MAX_ITEMS} from './params.js';

const DEFAULT_MAX_ITEMS = 100;
/** The longest a page's work holds the event loop before it lets other requests through. */
const SLICE_MS = 5;

/** The work of one page's results together; the page ends, truncated, once they have spent it. */
const PAGE_WORK_STEPS = REQUEST_WORK_STEPS;

/*
 * The simulator's results, one page at a time: only the page's results are evaluated (499 actions
 * × 498 resources was a quarter of a million evaluations for a page of 100), and the page ends
 * early, truncated with a Marker, once its results have spent a request's work (work-meter.ts).
 * IAM's pagination allows that: a client follows IsTruncated and Marker, never a count (botocore's
 * paginator and the SDKs' do). A single result that alone needs more than a request's work is
 * InvalidInput, since no page can hold it. The Marker is the next result's position, as the eager
 * pages had it. Counted in steps, not time, so the same request always gets the same pages; the
 * page's work is done in slices of a few milliseconds, with other requests answered between them.
 */
export async function simulatorPage<T>(
	total: number,
	resultAt: (index: number) => T,
	params: QueryParams,
): Promise<{EvaluationResults: T[]; IsTruncated: boolean; Marker?: string}> {
	const marker = params.optional('Marker', MARKER);
	const maxItems = params.optionalInt('MaxItems', MAX_ITEMS) ?? DEFAULT_MAX_ITEMS;
	const start = marker === undefined ? 0 : positionOf(marker);
	const results: T[] = [];
	let next = start;
	let ranSince = performance.now();
	for (let spent = 0; next < total && results.length < maxItems && spent < PAGE_WORK_STEPS; next++) {
		// Other clients' requests are answered between results: a page is many evaluations, and
		// held in one piece it kept them waiting for all of it.
		if (performance.now() - ranSince > SLICE_MS) {
			await new Promise((resume) => setImmediate(resume));
			ranSince = performance.now();
		}
		try {
			const {value, used} = measuredWork(REQUEST_WORK_STEPS, () => resultAt(next));
			results.push(value);
			spent += used;
		} catch (error) {
			if (error instanceof WorkBudgetExceeded) throw tooMuchWork(error.budget);
			throw error;
		}
	}
	if (next >= total) return {EvaluationResults: results, IsTruncated: false};
	return {EvaluationResults: results, IsTruncated: true, Marker: markerOf(next)};
}

const markerOf = (position: number) => Buffer.from(String(position).padStart(6, '0'), 'utf8').toString('base64url');

function positionOf(marker: string): number {
	const text = /^[\w-]+$/.test(marker) ? Buffer.from(marker, 'base64url').toString('utf8') : '';
	if (!/^\d{1,9}$/.test(text)) throw new SandboxError('ValidationError', 'Invalid Marker.');
	return Number(text);
}

function tooMuchWork(budget: number): SandboxError {
	return new SandboxError(
		'InvalidInput',
		`A single evaluation result needs more than the sandbox's work budget for one request (${budget} matching steps): simplify the wildcard patterns, or give fewer context values or statements.`,
	);
}
