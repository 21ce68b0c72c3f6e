import {describe, expect, it} from 'vitest';
import {toAscii} from '../source/ascii-output.js';

describe('output under a locale that is not UTF-8', () => {
	it('keeps Portuguese readable: an accented letter becomes its bare letter, one column for one', () => {
		const text = 'Código 2º: não é a AWS — ação concluída';
		const ascii = toAscii(text);
		expect(ascii).toBe('Codigo 2o: nao e a AWS - acao concluida');
		expect(ascii).toHaveLength([...text].length);
	});

	it('still draws a glyph as its stand-in, and what has no letter as ?', () => {
		expect(toAscii('✓ 漢')).not.toMatch(/[^\u0000-\u007F]/u);
		expect(toAscii('漢')).toBe('?');
	});
});
