import {describe, expect, it} from 'vitest';
import {inLanguage} from '../../source/words/language.js';
import {serveWords} from '../../source/words/serve.js';

describe("the idle message's duration, in the language in force", () => {
	it('writes the default 15 minutes, an hour and seconds in English and in Portuguese', () => {
		expect(inLanguage('en', () => serveWords.idle(15 * 60_000))).toContain('No key for 15 minutes:');
		expect(inLanguage('pt-BR', () => serveWords.idle(15 * 60_000))).toContain('Nenhuma tecla por 15 minutos:');
		expect(inLanguage('pt-BR', () => serveWords.idle(3_600_000))).toContain('Nenhuma tecla por 1 hora:');
		expect(inLanguage('pt-BR', () => serveWords.idle(90_000))).toContain('Nenhuma tecla por 90 segundos:');
	});
});
