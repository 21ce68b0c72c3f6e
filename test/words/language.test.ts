import {afterEach, describe, expect, it} from 'vitest';
import {
	activeLanguage,
	formatNumber,
	inLanguage,
	localized,
	numberFormat,
	plural,
	say,
	setLanguage,
} from '../../source/words/language.js';
import {formatMs} from '../../source/app/shared/format.js';
import {bucketCount} from '../../source/words/results.js';
import {spokenDuration} from '../../source/words/serve.js';

afterEach(() => setLanguage('en'));

const en = {
	greeting: 'hello',
	count: (items: number) => `${items} items`,
	nested: {deep: 'deep'},
};

describe('a words table per language', () => {
	it('is read in the language in force at each access, nested tables and spreading included', () => {
		const words = localized<typeof en>({
			en,
			'pt-BR': {greeting: 'olá', count: (items) => `${items} itens`, nested: {deep: 'fundo'}},
		});
		expect(words.greeting).toBe('hello');
		setLanguage('pt-BR');
		expect(words.greeting).toBe('olá');
		expect(words.count(3)).toBe('3 itens');
		expect(words.nested.deep).toBe('fundo');
		expect({...words}.greeting).toBe('olá');
		expect(Object.keys(words)).toEqual(['greeting', 'count', 'nested']);
	});

	it('does not compile when the Portuguese table misses a message, adds one, or types a parameter otherwise', () => {
		// Each @ts-expect-error below fails `tsc --noEmit` if the compiler stops refusing the table.
		localized<typeof en>({
			en,
			// @ts-expect-error: nested is missing
			'pt-BR': {greeting: 'olá', count: (items) => `${items} itens`},
		});
		localized<typeof en>({
			en,
			'pt-BR': {
				greeting: 'olá',
				count: (items) => `${items} itens`,
				nested: {deep: 'fundo'},
				// @ts-expect-error: an extra message
				extra: 'a mais',
			},
		});
		localized<typeof en>({
			en,
			// @ts-expect-error: the parameter is a number, not a string
			'pt-BR': {greeting: 'olá', count: (items: string) => items, nested: {deep: 'fundo'}},
		});
		expect(activeLanguage()).toBe('en');
	});

	it("takes a scenario's words in the language in force", () => {
		const title = {en: 'Create an MFA device', 'pt-BR': 'Criar um dispositivo de MFA'};
		expect(say(title)).toBe('Create an MFA device');
		expect(inLanguage('pt-BR', () => say(title))).toBe('Criar um dispositivo de MFA');
		expect(say(title)).toBe('Create an MFA device');
	});
});

describe('numbers and plurals', () => {
	it('write numbers as each language does', () => {
		expect(formatNumber(1234.5)).toBe('1,234.5');
		expect(inLanguage('pt-BR', () => formatNumber(1234.5))).toBe('1.234,5');
	});

	it("choose the plural form by the language's rules (Portuguese counts 0 and 1 as one)", () => {
		const forms = {one: '# device', other: '# devices'};
		expect(plural(1, forms)).toBe('1 device');
		expect(plural(0, forms)).toBe('0 devices');
		expect(inLanguage('pt-BR', () => plural(0, {one: '# dispositivo', other: '# dispositivos'}))).toBe('0 dispositivo');
		expect(inLanguage('pt-BR', () => plural(1200, {one: '# dispositivo', other: '# dispositivos'}))).toBe(
			'1.200 dispositivos',
		);
	});

	it("write durations as each language does: the steps' seconds and the room's idle time", () => {
		expect(formatMs(2_449)).toBe('2.4s');
		expect(inLanguage('pt-BR', () => formatMs(2_449))).toBe('2,4s');
		expect(formatMs(840)).toBe('840ms');
		expect(spokenDuration(3_600_000)).toBe('1 hour');
		expect(inLanguage('pt-BR', () => spokenDuration(90_000))).toBe('90 segundos');
	});

	it('make each formatter once per language and options, shared by every caller', () => {
		const options = {minimumFractionDigits: 1, maximumFractionDigits: 1};
		const english = numberFormat(options);
		expect(numberFormat({...options})).toBe(english);
		const portuguese = inLanguage('pt-BR', () => numberFormat(options));
		expect(portuguese).not.toBe(english);
		expect(inLanguage('pt-BR', () => numberFormat({...options}))).toBe(portuguese);
		expect(numberFormat({maximumFractionDigits: 0})).not.toBe(english);
	});

	it('count buckets in both languages', () => {
		expect(bucketCount(2)).toBe('2 buckets');
		expect(inLanguage('pt-BR', () => bucketCount(0))).toBe('nenhum bucket');
	});
});
