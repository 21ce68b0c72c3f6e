/*
 * The AWS shared files (~/.aws/config, ~/.aws/credentials) as lines, read and edited without
 * reformatting anything. INI libraries re-serialise the whole file (dropping comments, blank lines
 * and the user's spacing); `--write-profile` must change one section and leave every other byte as
 * it was, so this edits lines: a section is its header line and the lines up to the next header.
 * Indented lines continue the key above them (the shared files' nested settings, e.g. `s3 =`).
 */

const HEADER = /^\s*\[([^\]]*)\]\s*(?:[#;].*)?$/;
const ENTRY = /^([^\s=#;[][^=]*?)\s*=\s*(.*)$/;

interface SectionSpan {
	readonly name: string;
	/** Index of the header line. */
	readonly header: number;
	/** Index one past the section's last line. */
	readonly end: number;
}

export interface IniLines {
	readonly lines: string[];
	readonly eol: '\n' | '\r\n';
	readonly sections: readonly SectionSpan[];
}

export function parseIniLines(text: string): IniLines {
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const lines = text.split(eol);
	const sections: SectionSpan[] = [];
	lines.forEach((line, index) => {
		const header = HEADER.exec(line);
		if (!header) return;
		const previous = sections.pop();
		if (previous) sections.push({...previous, end: index});
		sections.push({name: header[1]!.trim().replace(/\s+/g, ' '), header: index, end: lines.length});
	});
	return {lines, eol, sections};
}

/** The top-level settings of every section called `name` (later ones win, as the SDKs merge them). */
export function sectionSettings(text: string, name: string): Map<string, string> {
	const {lines, sections} = parseIniLines(text);
	const settings = new Map<string, string>();
	for (const section of sections.filter((candidate) => candidate.name === name)) {
		for (const line of lines.slice(section.header + 1, section.end)) {
			const entry = ENTRY.exec(line);
			// An inline comment needs whitespace before it: `#` may be part of a value.
			if (entry) settings.set(entry[1]!.trim().toLowerCase(), entry[2]!.replace(/\s+[#;].*$/, '').trim());
		}
	}
	return settings;
}

function entryKey(line: string): string | undefined {
	return ENTRY.exec(line)?.[1]?.trim().toLowerCase();
}

/** Lines of a section without the settings in `replaced` (and the indented lines that continue them). */
function keptBody(body: readonly string[], replaced: ReadonlySet<string>): string[] {
	const kept: string[] = [];
	let dropping = false;
	for (const line of body) {
		const key = entryKey(line);
		if (key !== undefined) dropping = replaced.has(key);
		else if (!/^\s+\S/.test(line)) dropping = false;
		if (!dropping) kept.push(line);
	}
	return kept;
}

/**
 * `text` with section `name` holding `settings`: in place of the same keys where the section
 * exists (its comments and other settings kept), or as a new section at the end. Every line
 * outside those keys is returned as it was, line endings included.
 */
export function withSectionSettings(
	text: string,
	name: string,
	settings: readonly (readonly [string, string])[],
	replacedKeys: readonly string[] = settings.map(([key]) => key),
): string {
	const {lines, eol, sections} = parseIniLines(text);
	const replaced = new Set(replacedKeys.map((key) => key.toLowerCase()));
	const newLines = settings.map(([key, value]) => `${key} = ${value}`);
	const matching = sections.filter((section) => section.name === name);
	if (matching.length === 0) {
		const prefix = text === '' ? '' : text.endsWith(eol) ? (text.endsWith(eol + eol) ? '' : eol) : eol + eol;
		return `${text}${prefix}${[`[${name}]`, ...newLines].join(eol)}${eol}`;
	}
	const output: string[] = [];
	let position = 0;
	matching.forEach((section, index) => {
		output.push(...lines.slice(position, section.header + 1));
		if (index === 0) output.push(...newLines);
		output.push(...keptBody(lines.slice(section.header + 1, section.end), replaced));
		position = section.end;
	});
	output.push(...lines.slice(position));
	return output.join(eol);
}
