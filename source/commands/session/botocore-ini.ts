import {isUtf8} from 'node:buffer';
import {BOTOCORE_INI_WORDS} from '../../words/session-files.js';

/*
 * The AWS shared credentials file read exactly as botocore reads it (the AWS CLI, boto3): Python's
 * configparser.RawConfigParser in its default, strict mode (Python 3.11's `_read`), then
 * botocore's raw_config_parse. `--write-profile` edits the file by these rules because a file that
 * a simpler line parser reads one way and botocore another is how a guard gets bypassed: a key
 * written `key: value`, a line indented under the one above it (a continuation of its value), a CR
 * alone ending a line, an empty `aws_session_token =`, a section twice.
 *
 * Lines are kept as the bytes they were, so that an edit can give back every line it does not
 * rewrite byte for byte, whatever its encoding.
 */

/** One physical line: its bytes without the line ending, the ending itself, and the text parsed. */
export interface IniLine {
	readonly content: Buffer;
	readonly eol: Buffer;
	readonly text: string;
}

/** A setting as configparser keeps it: its value lines, and where it stands in the file. */
export interface IniOption {
	readonly name: string;
	/** The first line's value, then each continuation line's (an empty line is ''). */
	readonly parts: string[];
	/** Index of its own line; index of the last line that continued it. */
	readonly line: number;
	lastLine: number;
}

export interface IniSection {
	readonly name: string;
	/** Index of its header line (the first one, for DEFAULT). */
	readonly header: number;
	readonly options: Map<string, IniOption>;
}

export interface ParsedIni {
	readonly lines: readonly IniLine[];
	readonly sections: ReadonlyMap<string, IniSection>;
	/** configparser's DEFAULT section: its settings are every other section's defaults. */
	readonly defaults: IniSection;
}

/** Why botocore would refuse the file (ConfigParseError), with the line (1-based) it stumbles on. */
export interface IniRejection {
	readonly line: number;
	readonly reason: string;
}

/** Python's str.isspace() (which `\s`, strip() and configparser use), not JavaScript's `\s`. */
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const EDGE_SPACE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'gu');
const TRAILING_SPACE = new RegExp(`[${PY_SPACE}]+$`, 'u');
const NON_SPACE = new RegExp(`[^${PY_SPACE}]`, 'u');
const SECTION = /^\[([^\n]+)\]/u;
const OPTION = new RegExp(`^([^]*?)[${PY_SPACE}]*(=|:)[${PY_SPACE}]*([^]*)$`, 'u');
/** str.splitlines()'s separators, for botocore's nested values. */
const PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/u;

export const DEFAULT_SECTION = 'DEFAULT';

export function pyStrip(text: string): string {
	return text.replace(EDGE_SPACE, '');
}

/** Splits at \r\n, \r and \n, as Python's universal newlines do; decodes as UTF-8, or Latin-1 when it is not. */
export function splitLines(data: Buffer): IniLine[] {
	const encoding = isUtf8(data) ? 'utf8' : 'latin1';
	const lines: IniLine[] = [];
	let start = 0;
	for (let index = 0; index < data.length; index++) {
		const byte = data[index];
		if (byte !== 0x0a && byte !== 0x0d) continue;
		const eolLength = byte === 0x0d && data[index + 1] === 0x0a ? 2 : 1;
		const content = data.subarray(start, index);
		lines.push({content, eol: data.subarray(index, index + eolLength), text: content.toString(encoding)});
		index += eolLength - 1;
		start = index + 1;
	}
	if (start < data.length) {
		const content = data.subarray(start);
		lines.push({content, eol: Buffer.alloc(0), text: content.toString(encoding)});
	}
	return lines;
}

class Rejected extends Error {
	constructor(readonly rejection: IniRejection) {
		super(rejection.reason);
	}
}

interface ReadState {
	readonly sections: Map<string, IniSection>;
	readonly defaults: IniSection;
	current?: IniSection;
	option?: IniOption;
	indentLevel: number;
	/** The first line configparser could not read (it reads on, then raises ParsingError). */
	bogus?: IniRejection;
}

function onHeader(state: ReadState, name: string, index: number): void {
	const existing = state.sections.get(name);
	if (existing) {
		throw new Rejected({
			line: index + 1,
			reason: BOTOCORE_INI_WORDS.sectionTwice(name, existing.header + 1),
		});
	}
	if (name === DEFAULT_SECTION) {
		state.current = state.defaults;
	} else {
		state.current = {name, header: index, options: new Map()};
		state.sections.set(name, state.current);
	}
	state.option = undefined;
}

function onOption(state: ReadState, section: IniSection, value: string, index: number, text: string): void {
	const match = OPTION.exec(value);
	if (!match || match[1] === '') {
		state.bogus ??= {
			line: index + 1,
			reason: BOTOCORE_INI_WORDS.notASetting(text.trim()),
		};
		if (!match) return;
	}
	const name = match[1]!.replace(TRAILING_SPACE, '').toLowerCase();
	if (section.options.has(name)) {
		throw new Rejected({
			line: index + 1,
			reason: BOTOCORE_INI_WORDS.settingTwice(name, section.name, section.options.get(name)!.line + 1),
		});
	}
	state.option = {name, parts: [pyStrip(match[3]!)], line: index, lastLine: index};
	section.options.set(name, state.option);
}

function readLine(state: ReadState, text: string, index: number): void {
	const stripped = pyStrip(text);
	const comment = stripped.startsWith('#') || stripped.startsWith(';');
	if (comment || stripped === '') {
		// An empty line belongs to the value above it (a comment line does not).
		if (!comment && state.option) state.option.parts.push('');
		return;
	}
	const indent = NON_SPACE.exec(text)?.index ?? 0;
	if (state.current && state.option && indent > state.indentLevel) {
		state.option.parts.push(stripped);
		state.option.lastLine = index;
		return;
	}
	state.indentLevel = indent;
	const header = SECTION.exec(stripped);
	if (header) {
		onHeader(state, header[1]!, index);
		return;
	}
	if (!state.current) {
		throw new Rejected({
			line: index + 1,
			reason: BOTOCORE_INI_WORDS.settingBeforeSection,
		});
	}
	onOption(state, state.current, stripped, index, text);
}

/** The file as configparser reads it, or why botocore would refuse it. */
export function parseLikeBotocore(data: Buffer): ParsedIni | {rejected: IniRejection} {
	const lines = splitLines(data);
	const state: ReadState = {
		sections: new Map(),
		defaults: {name: DEFAULT_SECTION, header: -1, options: new Map()},
		indentLevel: 0,
	};
	try {
		for (const [index, line] of lines.entries()) readLine(state, line.text, index);
		if (state.bogus) return {rejected: state.bogus};
		for (const section of [state.defaults, ...state.sections.values()]) checkNested(section);
	} catch (error) {
		if (error instanceof Rejected) return {rejected: error.rejection};
		throw error;
	}
	return {lines, sections: state.sections, defaults: state.defaults};
}

/** configparser's value: the parts joined with newlines, trailing space (and empty lines) dropped. */
export function optionValue(option: IniOption): string {
	return option.parts.join('\n').replace(TRAILING_SPACE, '');
}

export type BotocoreValue = string | Readonly<Record<string, string>>;

/** botocore's _parse_nested: a value that starts on the next line is `key = value` lines. */
function nestedValue(value: string): Record<string, string> | undefined {
	const parsed: Record<string, string> = {};
	for (const raw of value.split(PY_LINE_BREAK)) {
		const line = pyStrip(raw);
		if (line === '') continue;
		const equals = line.indexOf('=');
		if (equals < 0) return undefined;
		parsed[pyStrip(line.slice(0, equals))] = pyStrip(line.slice(equals + 1));
	}
	return parsed;
}

function checkNested(section: IniSection): void {
	for (const option of section.options.values()) {
		const value = optionValue(option);
		if (value.startsWith('\n') && nestedValue(value) === undefined) {
			throw new Rejected({
				line: option.line + 1,
				reason: BOTOCORE_INI_WORDS.badNested(option.name, section.name),
			});
		}
	}
}

/**
 * What botocore gives for a profile: its own settings over DEFAULT's, nested values as objects;
 * undefined when there is no such section (`orDefaults`: DEFAULT's alone, as a new one would get).
 */
export function effectiveValues(
	parsed: ParsedIni,
	name: string,
	orDefaults = false,
): Map<string, BotocoreValue> | undefined {
	const section = parsed.sections.get(name);
	if (!section && !orDefaults) return undefined;
	const values = new Map<string, BotocoreValue>();
	for (const option of [...parsed.defaults.options.values(), ...(section?.options.values() ?? [])]) {
		const value = optionValue(option);
		values.set(option.name, value.startsWith('\n') ? nestedValue(value)! : value);
	}
	return values;
}
