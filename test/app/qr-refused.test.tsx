import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {codeProblemText} from '../../source/words/notices.js';
import {enableCodeState} from './fixtures.js';
import {renderApp} from './render-app.js';

afterEach(() => {
	cleanup();
});

/** The column right of the 45-column QR code, one string per screen row. */
function side(frame: string): string[] {
	return frame.split('\n').map((line) => [...line].slice(46).join('').trimEnd());
}

const flat = (lines: readonly string[]) => lines.join(' ').replace(/\s+/g, ' ');

describe('the QR screen after a refused code', () => {
	for (const [columns, rows] of [
		[80, 24],
		[120, 40],
	] as const) {
		for (const revealed of [false, true]) {
			it(`keeps the code field, the whole reason and the keys on screen at ${columns}x${rows}${revealed ? ', seed revealed' : ''}`, async () => {
				const error = codeProblemText('invalid');
				const view = renderApp(enableCodeState('invalid'), {columns, rows});
				if (revealed) {
					await view.press('s');
					await view.until((frame) => frame.includes('press s to hide'));
				}
				const lines = side(view.frame());
				expect(lines.filter((line) => line.startsWith('› '))).toHaveLength(1);
				expect(flat(lines)).toContain(`✗ ${error}`);
				expect(lines).toContain('Secret key (manual entry):');
				expect(lines).toContain(revealed ? 'press s to hide' : 'press s to reveal');
				expect(view.frame()).toContain('a auto code');
				expect(view.frame().split('\n')).toHaveLength(rows - 1);
			});
		}
	}
});
