import {parsedPolicy, statementSpans} from '../sandbox/policy/index.js';
import type {Decider, PolicySource} from './types.js';

/** Deciders already named, per policy: a check names the same few statements thousands of times. */
const named = new WeakMap<PolicySource, Map<number, Decider>>();

/** Names a statement of a policy: its Sid, effect and line, for every output. */
export function deciderOf(source: PolicySource, statement: number): Decider {
	const known = named.get(source) ?? new Map<number, Decider>();
	named.set(source, known);
	const cached = known.get(statement);
	if (cached) return cached;
	const decider = nameStatement(source, statement);
	known.set(statement, decider);
	return decider;
}

function nameStatement(source: PolicySource, statement: number): Decider {
	const parsed = source.kind === 'trust' ? trustStatements(source.text) : parsedPolicy(source.text).statements;
	const found = parsed[statement];
	const span = statementSpans(source.text)[statement];
	return {
		policyId: source.id,
		kind: source.kind,
		statement,
		...(found?.sid ? {sid: found.sid} : {}),
		effect: found?.effect ?? 'Allow',
		...(span ? {line: span.start.line} : {}),
		...(source.file ? {file: source.file} : {}),
	};
}

/** The statement whose text starts at this line (the simulator's MatchedStatements.StartPosition). */
export function statementAtLine(source: PolicySource, line: number, column: number | undefined): number | undefined {
	const spans = statementSpans(source.text);
	const exact = spans.findIndex(
		(span) => span.start.line === line && (column === undefined || span.start.column === column),
	);
	if (exact !== -1) return exact;
	const onLine = spans.findIndex((span) => span.start.line === line);
	return onLine === -1 ? undefined : onLine;
}

interface TrustStatementShape {
	readonly sid?: string;
	readonly effect: 'Allow' | 'Deny';
}

/** A trust policy's statements, read for their Sid and Effect only (the trust engine checks the rest). */
function trustStatements(text: string): TrustStatementShape[] {
	const json = JSON.parse(text) as {Statement?: unknown};
	const list = Array.isArray(json.Statement) ? json.Statement : [json.Statement];
	return list.map((entry) => {
		const statement = (entry ?? {}) as {Sid?: unknown; Effect?: unknown};
		return {
			...(typeof statement.Sid === 'string' && statement.Sid !== '' ? {sid: statement.Sid} : {}),
			effect: statement.Effect === 'Deny' ? 'Deny' : 'Allow',
		};
	});
}
