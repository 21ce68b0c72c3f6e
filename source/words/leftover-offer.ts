import {localized} from './language.js';

/* The offer at start-up to delete what earlier runs left on this target, before the demo begins. */

const en = {
	heading: (count: number) => `Earlier runs left ${count === 1 ? 'this' : `these ${count}`} behind:`,
	andMore: (count: number) => `… and ${count} more`,
	deleting: 'deleting them, then on to the demo…',
	question: (count: number) => `Delete ${count === 1 ? 'it' : 'them'} first? y / n`,
};

export const LEFTOVER_OFFER_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		heading: (count) =>
			count === 1 ? 'Ficou 1 recurso de uma execução anterior:' : `Ficaram ${count} recursos de execuções anteriores:`,
		andMore: (count) => `… e mais ${count}`,
		deleting: 'excluindo, depois segue a demonstração…',
		question: (count) => `Excluir ${count === 1 ? 'isso' : 'tudo isso'} antes? y / n`,
	},
});
