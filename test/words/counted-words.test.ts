import {afterEach, describe, expect, it} from 'vitest';
import {CLEANUP_WORDS} from '../../source/words/cleanup.js';
import {inLanguage, setLanguage} from '../../source/words/language.js';
import {LEFTOVER_OFFER_WORDS} from '../../source/words/leftover-offer.js';
import {NOTICE_WORDS} from '../../source/words/notices.js';
import {SCREEN_READER_WORDS} from '../../source/words/screen-reader.js';

/*
 * Sentences about a count of things agree with it in both languages: one resource is "it", "is",
 * "deixado", "seria"; several are "them", "are", "deixados", "seriam"; a large count is written as
 * the language writes numbers.
 */

afterEach(() => setLanguage('en'));

describe('sentences that count resources', () => {
	it('in English: one is "this resource" / "it" / "is", several "these N" / "them" / "are"', () => {
		expect(CLEANUP_WORDS.confirm(1)).toBe('Delete this resource? [y/N] ');
		expect(CLEANUP_WORDS.confirm(4)).toBe('Delete these 4 resources? [y/N] ');
		expect(CLEANUP_WORDS.withHeld('Done', 1)).toBe(
			'Done; 1 resource of runs with no record on this machine left alone (see above).',
		);
		expect(CLEANUP_WORDS.withHeld('Done', 2)).toContain('Done; 2 resources of runs');
		expect(LEFTOVER_OFFER_WORDS.heading(1)).toBe('Earlier runs left this behind:');
		expect(LEFTOVER_OFFER_WORDS.heading(1234)).toBe('Earlier runs left these 1,234 behind:');
		expect(LEFTOVER_OFFER_WORDS.question(2)).toBe('Delete them first? y / n');
		expect(SCREEN_READER_WORDS.leftovers(1)).toBe('Earlier runs left one thing behind:');
		expect(SCREEN_READER_WORDS.leftovers(3)).toBe('Earlier runs left 3 things behind:');
		expect(NOTICE_WORDS.leftoversRemain(1)).toBe(
			"1 resource left by earlier runs is still on this target: run 'sts-mfa cleanup' to delete it.",
		);
		expect(NOTICE_WORDS.leftoversNotDeleted(1, 'AccessDenied')).toContain('delete it later');
		expect(NOTICE_WORDS.leftoversKept(2)).toBe(
			"Left 2 resources from earlier runs in place; 'sts-mfa cleanup' deletes them later.",
		);
	});

	it('in Portuguese: "deixado"/"está"/"seria" for one, "deixados"/"estão"/"seriam" for several', () => {
		inLanguage('pt-BR', () => {
			expect(CLEANUP_WORDS.confirm(1)).toBe('Excluir este recurso? [s/N] ');
			expect(CLEANUP_WORDS.confirm(4)).toBe('Excluir estes 4 recursos? [s/N] ');
			expect(CLEANUP_WORDS.dryRun(1)).toBe('Dry run: 1 recurso seria excluído; nada foi alterado.');
			expect(CLEANUP_WORDS.dryRun(2)).toBe('Dry run: 2 recursos seriam excluídos; nada foi alterado.');
			expect(CLEANUP_WORDS.withHeld('Pronto', 1)).toContain(
				'1 recurso de execuções sem registro nesta máquina deixado em paz',
			);
			expect(LEFTOVER_OFFER_WORDS.heading(1)).toBe('Ficou 1 recurso de uma execução anterior:');
			expect(LEFTOVER_OFFER_WORDS.heading(1234)).toBe('Ficaram 1.234 recursos de execuções anteriores:');
			expect(LEFTOVER_OFFER_WORDS.question(2)).toBe('Excluir tudo isso antes? y / n');
			expect(SCREEN_READER_WORDS.leftovers(1)).toBe('Execuções anteriores deixaram um recurso para trás:');
			expect(SCREEN_READER_WORDS.leftovers(3)).toBe('Execuções anteriores deixaram 3 recursos para trás:');
			expect(NOTICE_WORDS.leftoversRemain(1)).toBe(
				"1 recurso deixado por execuções anteriores ainda está neste destino: execute 'sts-mfa cleanup' para excluí-lo.",
			);
			expect(NOTICE_WORDS.leftoversRemain(2)).toContain('2 recursos deixados por execuções anteriores ainda estão');
			expect(NOTICE_WORDS.leftoversNotDeleted(1, 'AccessDenied')).toContain('excluir 1 recurso deixado por');
			expect(NOTICE_WORDS.leftoversKept(1)).toContain('1 recurso de execuções anteriores mantido no lugar');
		});
	});
});
