/*
 * Where each statement of a policy document sits in its text, for the simulator's
 * MatchedStatements: the line and column of the statement's opening brace, and of the place just
 * after its closing brace (lines and columns count from 1). The text must already be valid JSON
 * (parsePolicyDocument has accepted it), so the scan only tracks strings and nesting.
 * Outside the sandbox because the scenario reads the simulator's answers with the same scan.
 */

export interface Position {
	readonly line: number;
	readonly column: number;
}

export interface StatementSpan {
	readonly start: Position;
	readonly end: Position;
}

/** The spans of the document's statements, in order (one for a Statement that is a single object). */
export function statementSpans(text: string): StatementSpan[] {
	const offsets = statementOffsets(text);
	const at = positionFinder(text);
	return offsets.map(([start, end]) => ({start: at(start), end: at(end)}));
}

/** [offset of '{', offset after '}'] of each statement. */
function statementOffsets(text: string): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	let depth = 0;
	let statementDepth = -1;
	let open = -1;
	let lastKey = '';
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '"') {
			const end = stringEnd(text, index);
			if (
				depth === 1 &&
				text
					.slice(end + 1)
					.trimStart()
					.startsWith(':')
			)
				lastKey = JSON.parse(text.slice(index, end + 1));
			index = end;
		} else if (char === '{' || char === '[') {
			depth++;
			if (depth === 2 && lastKey === 'Statement' && statementDepth === -1) statementDepth = char === '[' ? 3 : 2;
			if (depth === statementDepth && char === '{') open = index;
		} else if (char === '}' || char === ']') {
			if (depth === statementDepth && char === '}' && open >= 0) {
				spans.push([open, index + 1]);
				open = -1;
			}
			if (depth === 2 && statementDepth !== -1) statementDepth = -2; // the Statement value is over
			depth--;
		}
	}
	return spans;
}

function stringEnd(text: string, start: number): number {
	let index = start + 1;
	while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
	return index;
}

function positionFinder(text: string): (offset: number) => Position {
	const lineStarts = [0];
	for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
	return (offset) => {
		let line = lineStarts.length - 1;
		while (line > 0 && (lineStarts[line] ?? 0) > offset) line--;
		return {line: line + 1, column: offset - (lineStarts[line] ?? 0) + 1};
	};
}
