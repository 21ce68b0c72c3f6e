import {Text, type TextProps} from 'ink';

/**
 * Greedy word wrap. Ink's own (wrap-ansi with trim off) starts a line with the space it broke at
 * whenever a word ends exactly at the edge, which shows as a stray indent; this never does.
 * A word longer than the width is cut across lines.
 */
export function wrapWords(text: string, width: number): string[] {
	const max = Math.max(1, width);
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter((part) => part.length > 0)) {
		let rest = [...word];
		if (line && [...line].length + 1 + rest.length <= max) {
			line += ` ${word}`;
			continue;
		}
		if (line) lines.push(line);
		while (rest.length > max) {
			lines.push(rest.slice(0, max).join(''));
			rest = rest.slice(max);
		}
		line = rest.join('');
	}
	if (line) lines.push(line);
	return lines;
}

export type ParagraphProps = Omit<TextProps, 'wrap' | 'children'> & {readonly text: string; readonly width: number};

/** Prose that wraps at word boundaries within `width`. */
export function Paragraph({text, width, ...style}: ParagraphProps) {
	return (
		<Text {...style} wrap='truncate-end'>
			{wrapWords(text, width).join('\n')}
		</Text>
	);
}
