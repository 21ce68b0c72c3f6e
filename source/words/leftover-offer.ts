import {localized, plural} from './language.js';

/* The offer at start-up to delete what earlier runs left on this target, before the demo begins. */

const en = {
	heading: (count: number) =>
		plural(count, {one: 'Earlier runs left this behind:', other: 'Earlier runs left these # behind:'}),
	andMore: (count: number) => `… and ${count} more`,
	deleting: 'deleting them, then on to the demo…',
	question: (count: number) => plural(count, {one: 'Delete it first? y / n', other: 'Delete them first? y / n'}),
};

export const LEFTOVER_OFFER_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		heading: (count) =>
			plural(count, {
				one: 'Ficou # recurso de uma execução anterior:',
				other: 'Ficaram # recursos de execuções anteriores:',
			}),
		andMore: (count) => `… e mais ${count}`,
		deleting: 'excluindo, depois segue a demonstração…',
		question: (count) => plural(count, {one: 'Excluir isso antes? y / n', other: 'Excluir tudo isso antes? y / n'}),
	},
});
