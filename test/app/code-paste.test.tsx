import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {splitAtEnter} from '../../source/app/code-input/digits.js';
import {enableCodeState} from './fixtures.js';
import {renderApp} from './render-app.js';

afterEach(() => {
	cleanup();
});

describe('a code that arrives together with its Enter (pasted, or typed faster than the terminal sends keys)', () => {
	it('is submitted', async () => {
		const view = renderApp(enableCodeState());
		await view.press('123456\r');
		expect(view.controller.events).toEqual([{type: 'codeSubmitted', code: '123456'}]);
		await view.until((frame) => frame.includes('› ······'));
	});

	it('submits both enabling codes pasted at once, each with its line end', async () => {
		const view = renderApp(enableCodeState());
		await view.press('123456\r\n654321\n');
		expect(view.controller.events).toEqual([
			{type: 'codeSubmitted', code: '123456'},
			{type: 'codeSubmitted', code: '654321'},
		]);
	});

	it('too short is not submitted, and says why', async () => {
		const view = renderApp(enableCodeState());
		await view.press('12\r');
		await view.until((frame) => frame.includes('A code has 6 digits'));
		expect(view.controller.events).toEqual([]);
	});

	it('keeps what follows the last line end in the field', () => {
		expect(splitAtEnter('123456\r65')).toEqual({entered: ['123456'], rest: '65'});
		expect(splitAtEnter('1234')).toEqual({entered: [], rest: '1234'});
	});
});
