/*
 * The AWS shared files (~/.aws/config, ~/.aws/credentials) read as lines, as the JavaScript SDK
 * (which resolves the session's source) reads them: a section is its header line and the lines up
 * to the next header. Only for naming a session in the cache; `--write-profile` edits the
 * credentials file by botocore's rules instead (botocore-ini.ts).
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
