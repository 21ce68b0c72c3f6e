// Medians and the results table.

export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * rows: {name, value, unit, target, pass (true/false/undefined = no target), note}.
 * Prints a plain-text table that reads well in a terminal and pastes into Markdown as a code block.
 */
export function formatTable(rows) {
	const cells = rows.map((row) => [
		row.name,
		row.value === undefined ? 'n/a' : `${formatNumber(row.value)} ${row.unit}`.trim(),
		row.target ?? '',
		row.pass === undefined ? '' : row.pass ? 'pass' : 'FAIL',
		row.note ?? '',
	]);
	const header = ['measure', 'median', 'target', 'result', 'notes'];
	const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
	const line = (cell) =>
		cell
			.map((text, column) => text.padEnd(widths[column]))
			.join('  ')
			.trimEnd();
	return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

function formatNumber(value) {
	if (value >= 100) return Math.round(value).toLocaleString('en-US');
	if (value >= 10) return value.toFixed(1);
	return value.toFixed(2);
}
