import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/*
 * Help fits an 80-column terminal in either language without a word cut by the width: the texts
 * (source/words/*-help.ts) are written with their own line breaks, and a block in which some line
 * is too wide is wrapped again at word boundaries here. A block is a run of lines that reads as one:
 * an option or status row (its first column, then its text from the column where it starts) with
 * the lines indented to that column under it, or a paragraph of lines at the same indent. A block
 * that already fits is left exactly as written (examples, usage lines, hand-made breaks).
 */

const HELP_WIDTH = 80;

/** An indented row: its first column (a flag, a status, a command), two spaces or more, then its text. */
const ROW = /^( {2,}\S+(?: \S+)*? {2,})(?=\S)/;

interface Block {
	/** What the first line starts with: the row's first column, or the paragraph's indent. */
	readonly lead: string;
	/** The column where the block's text starts, on every line. */
	readonly hang: number;
	readonly row: boolean;
	readonly lines: string[];
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** Whether `line` goes on with the open block: a row's text under it, or prose at the margin. */
function continues(open: Block | undefined, line: string): open is Block {
	if (!open || line.trim() === '') return false;
	if (open.row) return indentOf(line) === open.hang;
	return open.hang === 0 && indentOf(line) === 0 && open.lines[0]?.trim() !== '';
}

function blocksOf(text: string): Block[] {
	const blocks: Block[] = [];
	let open: Block | undefined;
	for (const line of text.split('\n')) {
		if (continues(open, line)) {
			open.lines.push(line);
			continue;
		}
		const row = ROW.exec(line)?.[1];
		const lead = row ?? ' '.repeat(indentOf(line));
		open = {lead, hang: lead.length, row: row !== undefined, lines: [line]};
		blocks.push(open);
	}
	return blocks;
}

function fitted(block: Block, width: number): string[] {
	if (block.lines.every((line) => stringWidth(line) <= width)) return block.lines;
	const words = block.lines.map((line, index) => (index === 0 ? line.slice(block.lead.length) : line).trim()).join(' ');
	// hard: false: a word wider than the room is left whole rather than cut.
	const wrapped = wrapAnsi(words, Math.max(width - block.hang, 20), {hard: false, trim: true}).split('\n');
	const indent = ' '.repeat(block.hang);
	return wrapped.map((line, index) => (index === 0 ? block.lead : indent) + line);
}

/** The help text with every too-wide block wrapped again to `width` columns. */
export function fitHelp(text: string, width = HELP_WIDTH): string {
	return blocksOf(text)
		.flatMap((block) => fitted(block, width))
		.join('\n');
}
