import {POLICY_SUMMARY_WORDS as WORDS} from '../../words/policy-summary.js';

/** The policy document as people read it: pretty-printed, or as given when it is not JSON. */
export function prettyPolicy(document: string): string[] {
	try {
		return JSON.stringify(JSON.parse(document), null, 2).split('\n');
	} catch {
		return document.split('\n');
	}
}

interface Statement {
	Effect?: string;
	Action?: string | string[];
	/** Every action but these (a Deny that leaves MFA self-service open). */
	NotAction?: string | string[];
	Resource?: string | string[];
	/** A trust policy names who, not what: {"AWS": ARN} (or "*"). */
	Principal?: string | Record<string, string | string[]>;
	Condition?: Record<string, Record<string, unknown>>;
}

const list = (value: string | string[] | undefined): string =>
	Array.isArray(value) ? value.join(', ') : (value ?? '?');

/** The statement's actions: listed, or every action but a count of them (NotAction). */
function actions(statement: Statement): string {
	if (statement.Action !== undefined || statement.NotAction === undefined) return list(statement.Action);
	return WORDS.allActionsBut([statement.NotAction].flat().length);
}

/** "on RESOURCE" for an identity policy; "for PRINCIPAL" for a trust policy, which has no Resource. */
function target(statement: Statement): string {
	if (statement.Resource !== undefined || statement.Principal === undefined)
		return WORDS.onResource(list(statement.Resource));
	const {Principal: principal} = statement;
	return WORDS.forPrincipal(typeof principal === 'string' ? principal : Object.values(principal).flat().join(', '));
}

/** One line per statement, for when the JSON does not fit: "Allow s3:ListAllMyBuckets on * if Bool aws:MultiFactorAuthPresent = true". */
export function summarisePolicy(document: string): string[] {
	try {
		const parsed = JSON.parse(document) as {Statement?: Statement | Statement[]};
		const statements = Array.isArray(parsed.Statement) ? parsed.Statement : parsed.Statement ? [parsed.Statement] : [];
		return statements.map((statement) => {
			const conditions = Object.entries(statement.Condition ?? {}).flatMap(([operator, keys]) =>
				Object.entries(keys).map(([key, value]) => `${operator} ${key} = ${JSON.stringify(value)}`),
			);
			const when = conditions.length > 0 ? WORDS.when(conditions.join(WORDS.and)) : '';
			return `${statement.Effect ?? '?'} ${actions(statement)} ${target(statement)}${when}`;
		});
	} catch {
		return [document];
	}
}
