import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {keptAfterEdits} from '../../source/app/code-input/digits.js';
import {enableCodeState} from './fixtures.js';
import {renderApp} from './render-app.js';

afterEach(() => {
	cleanup();
});

// The keys while a code is being typed: digits go into the field; a letter there is a typo.
describe('the code field while a code is typed', () => {
	it('refuses letters among digits with a hint, instead of taking them as shortcuts (12ab34)', async () => {
		const view = renderApp(enableCodeState());
		await view.press('12ab34');
		const frame = await view.until((now) => now.includes('Digits only'));
		expect(frame).toContain('› 1234');
		// Neither the built-in authenticator (a) nor anything else was asked for.
		expect(view.controller.events).toEqual([]);
	});

	it('says "digits only" for a typo also after a refused code, in place of the old refusal', async () => {
		const view = renderApp(enableCodeState('notConsecutive'));
		expect(view.frame()).toContain('The two codes are not');
		await view.press('12ab');
		const frame = await view.until((now) => now.includes('Digits only'));
		expect(frame).toContain('› 12');
		expect(frame).not.toContain('The two codes are not');
		expect(view.controller.events).toEqual([]);
	});

	it('does not tear down or quit on t or q while the field holds digits', async () => {
		const view = renderApp(enableCodeState());
		await view.press('12');
		await view.until((now) => now.includes('› 12'));
		await view.press('t');
		await view.press('q');
		await view.until((now) => now.includes('Digits only'));
		expect(view.controller.events).toEqual([]);
	});

	it('still takes a as the built-in authenticator when the field is empty', async () => {
		const view = renderApp(enableCodeState());
		await view.press('a');
		expect(view.controller.events).toEqual([{type: 'autoCodesRequested'}]);
	});

	it('obeys two Backspaces that arrive in one read', async () => {
		const view = renderApp(enableCodeState());
		await view.press('1234');
		await view.until((now) => now.includes('› 1234'));
		await view.press('\u007F\u007F');
		await view.until((now) => now.includes('› 12') && !now.includes('› 123'));
	});

	it('drops the "digits only" hint once Backspace has emptied the field', async () => {
		const view = renderApp(enableCodeState());
		await view.press('1x');
		await view.until((now) => now.includes('Digits only'));
		await view.press('\u007F');
		await view.until((now) => !now.includes('Digits only') && !now.includes('› 1'));
	});

	it('takes a code typed in two groups of three ("142 936") without a hint, and submits it', async () => {
		const view = renderApp(enableCodeState());
		await view.press('142 ');
		await view.press('936');
		const frame = await view.until((now) => now.includes('› 142936'));
		expect(frame).not.toContain('Digits only');
		await view.press('\r');
		expect(view.controller.events).toEqual([{type: 'codeSubmitted', code: '142936'}]);
	});

	it('removes one digit per DEL that arrived with the text', () => {
		expect(keptAfterEdits('1234\u007F\u007F')).toBe('12');
		expect(keptAfterEdits('12\u007F\u007F\u007F')).toBe('');
		expect(keptAfterEdits('12ab34')).toBe('1234');
	});
});
