import {localized} from './language.js';

/* Plain mode's own words (the log a script reads). */

const en = {
	inputEnded: 'the input ended before an MFA code was entered',
	inputEndedLine: 'error: the input ended before an MFA code was entered; tearing down.',
	/** After an answer read from a pipe or a file, which echoes nothing: what was read, on its own line. */
	answerRead: (line: string) => `    read: ${line === '' ? '(an empty line)' : line}`,
	/** `n` at the confirmation. */
	nothingCreated: 'Cancelled at the confirmation: nothing was created.',
};

export const PLAIN_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		inputEnded: 'a entrada terminou antes de um código de MFA ser digitado',
		inputEndedLine: 'erro: a entrada terminou antes de um código de MFA ser digitado; desfazendo tudo.',
		answerRead: (line) => `    lido: ${line === '' ? '(uma linha vazia)' : line}`,
		nothingCreated: 'Cancelado na confirmação: nada foi criado.',
	},
});

/** After an answer read from a pipe or a file, which echoes nothing: what was read, on its own line. */
export function answerRead(line: string): string {
	return PLAIN_WORDS.answerRead(line.trim());
}
