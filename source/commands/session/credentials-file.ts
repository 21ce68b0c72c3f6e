import {
	type BotocoreValue,
	DEFAULT_SECTION,
	effectiveValues,
	type IniSection,
	type ParsedIni,
	parseLikeBotocore,
} from './botocore-ini.js';
import {SessionError} from './errors.js';
import {CREDENTIALS_FILE_WORDS} from '../../words/session-files.js';

/*
 * The one edit `--write-profile` makes to the shared credentials file: the session's three
 * settings in one section, every other byte as it was. It is made only when botocore reads the
 * file, before and after, exactly as this module does (botocore-ini.ts), and only then.
 */

/** The settings a session profile holds; any other setting or comment in its section is the user's and stays. */
export const SESSION_KEYS = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token', 'aws_security_token'];

function refusal(code: string, file: string, message: string): SessionError {
	return new SessionError(code, CREDENTIALS_FILE_WORDS.refused(file, message), {usage: true});
}

/** The file as botocore reads it, or a refusal naming the line botocore would stumble on. */
export function parseCredentials(data: Buffer, file: string): ParsedIni {
	const parsed = parseLikeBotocore(data);
	if ('rejected' in parsed) {
		throw refusal(
			'CredentialsFileUnreadable',
			file,
			CREDENTIALS_FILE_WORDS.unreadable(parsed.rejected.line, parsed.rejected.reason),
		);
	}
	return parsed;
}

/** botocore's token for a profile: aws_session_token when set (even empty), else aws_security_token. */
function sessionToken(values: ReadonlyMap<string, BotocoreValue>): BotocoreValue | undefined {
	return values.has('aws_session_token') ? values.get('aws_session_token') : values.get('aws_security_token');
}

/**
 * Whether botocore would sign with a long-term key from these settings: an access key with no
 * token, an empty one (what `aws configure set aws_session_token ""` leaves), or an AKIA key id
 * (AWS's long-term prefix) whatever stands beside it.
 */
function holdsLongTermKey(values: ReadonlyMap<string, BotocoreValue>): boolean {
	const key = values.get('aws_access_key_id');
	if (key === undefined || key === '') return false;
	const token = sessionToken(values);
	return typeof key !== 'string' || key.startsWith('AKIA') || token === undefined || token === '';
}

/** Refuses, naming the line, a target section that may not be replaced. */
export function checkSessionTarget(parsed: ParsedIni, profile: string, file: string): void {
	if (profile === DEFAULT_SECTION) {
		throw refusal('DefaultSection', file, CREDENTIALS_FILE_WORDS.defaultSection(DEFAULT_SECTION));
	}
	const values = effectiveValues(parsed, profile);
	const section = parsed.sections.get(profile);
	if (!values || !section) return;
	if (holdsLongTermKey(values)) {
		const line = (section.options.get('aws_access_key_id') ?? parsed.defaults.options.get('aws_access_key_id'))!.line;
		throw refusal('WouldOverwriteLongTermKeys', file, CREDENTIALS_FILE_WORDS.longTermKeys(profile, line + 1));
	}
	for (const key of SESSION_KEYS) {
		const option = section.options.get(key);
		if (option && option.lastLine !== option.line) {
			throw refusal(
				'MultiLineCredential',
				file,
				CREDENTIALS_FILE_WORDS.multiLine(option.lastLine + 1, key, profile, option.line + 1),
			);
		}
	}
}

type Settings = readonly (readonly [string, string])[];

/** A new section at the end of the file, after a blank line. */
function appended(parsed: ParsedIni, profile: string, settings: Settings, eol: Buffer): Buffer {
	const last = parsed.lines.at(-1);
	const separator = !last ? [] : [...(last.eol.length === 0 ? [eol] : []), ...(last.text.trim() === '' ? [] : [eol])];
	const added = [`[${profile}]`, ...settings.map(([key, value]) => `${key} = ${value}`)];
	return Buffer.concat([
		...parsed.lines.flatMap((line) => [line.content, line.eol]),
		...separator,
		...added.flatMap((text) => [Buffer.from(text), eol]),
	]);
}

/**
 * The section's old session lines out and the new ones in right under its header, indented as
 * its first setting is (so that setting does not become a continuation of them). Every other
 * line's bytes, ending included, stay as they were.
 */
function replacedInSection(parsed: ParsedIni, section: IniSection, settings: Settings, eol: Buffer): Buffer {
	const {lines} = parsed;
	const dropped = new Set(SESSION_KEYS.flatMap((key) => section.options.get(key)?.line ?? []));
	const firstSetting = Math.min(...[...section.options.values()].map((option) => option.line));
	const indent = Number.isFinite(firstSetting) ? (/^[ \t]*/.exec(lines[firstSetting]!.text)?.[0] ?? '') : '';
	const at = section.header + 1;
	const added = settings.flatMap(([key, value]) => [Buffer.from(`${indent}${key} = ${value}`), eol]);
	const output: Buffer[] = [];
	lines.forEach((line, index) => {
		if (index === at) output.push(...added);
		if (dropped.has(index)) return;
		output.push(line.content, line.eol.length === 0 && index + 1 === at ? eol : line.eol);
	});
	if (at === lines.length) output.push(...added);
	return Buffer.concat(output);
}

/** What botocore must read in the target section after the write. */
function expectedValues(parsed: ParsedIni, profile: string, settings: Settings): Map<string, BotocoreValue> {
	const expected = effectiveValues(parsed, profile, true)!;
	const section = parsed.sections.get(profile);
	for (const key of SESSION_KEYS) {
		if (!section?.options.has(key)) continue;
		// The section's own line goes: DEFAULT's setting, if any, shows through.
		const fallback = parsed.defaults.options.get(key);
		if (fallback) expected.set(key, effectiveValues(parsed, '', true)!.get(key)!);
		else expected.delete(key);
	}
	for (const [key, value] of settings) expected.set(key, value);
	return expected;
}

function sameValues(
	a: ReadonlyMap<string, BotocoreValue> | undefined,
	b: ReadonlyMap<string, BotocoreValue> | undefined,
) {
	const text = (values: ReadonlyMap<string, BotocoreValue> | undefined) =>
		JSON.stringify(values ? [...values].sort(([x], [y]) => x.localeCompare(y)) : null);
	return text(a) === text(b);
}

/** Whether botocore reads `after` as `before` with only the target's session settings changed. */
function readsAsIntended(before: ParsedIni, after: Buffer, profile: string, settings: Settings): boolean {
	const reread = parseLikeBotocore(after);
	if ('rejected' in reread) return false;
	const names = new Set([...before.sections.keys(), profile]);
	if (reread.sections.size !== names.size) return false;
	if (!sameValues(effectiveValues(reread, profile), expectedValues(before, profile, settings))) return false;
	return [...before.sections.keys()]
		.filter((name) => name !== profile)
		.every((name) => sameValues(effectiveValues(reread, name), effectiveValues(before, name)));
}

/**
 * The file with `settings` in section `profile`, after checking that botocore reads the result as
 * the same file with only those settings changed: every other profile as it was, the target with
 * its other settings and exactly the session's. Throws a refusal naming the line otherwise.
 */
export function withSessionSettings(data: Buffer, profile: string, settings: Settings, file: string): Buffer {
	const before = parseCredentials(data, file);
	checkSessionTarget(before, profile, file);
	const eol = before.lines.find((line) => line.eol.length > 0)?.eol ?? Buffer.from('\n');
	const section = before.sections.get(profile);
	const after = section ? replacedInSection(before, section, settings, eol) : appended(before, profile, settings, eol);
	if (!readsAsIntended(before, after, profile, settings)) {
		const line = section ? section.header + 1 : before.lines.length;
		throw refusal('WouldChangeOtherSettings', file, CREDENTIALS_FILE_WORDS.wouldChangeOthers(profile, line));
	}
	return after;
}
