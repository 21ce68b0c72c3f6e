import stringWidth from 'string-width';

/*
 * Columns sized from the words they hold, in terminal columns (an accented or wide letter is not
 * one code unit = one column): a language's longer word widens its column instead of being cut or
 * pushing the next one out of line.
 */

/** The width of the widest of `labels`: a column that holds any of them whole. */
export function widestOf(labels: Iterable<string>): number {
	let widest = 0;
	for (const label of labels) widest = Math.max(widest, stringWidth(label));
	return widest;
}

/** `text`, then spaces up to `width` columns. */
export function padToWidth(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}
