/*
 * What the screen-reader mode (--screen-reader) says: one line per change, each a whole sentence,
 * the keys named in words rather than drawn. Plain mode's lines (source/plain/describe.ts) say what
 * each step did; these say where the run is now and which key moves it on.
 */

import type {KeyHint} from '../app/keys.js';
import {KEY_WORDS} from './keys.js';
import {localized, plural} from './language.js';

const en = {
	opening: 'sts-mfa, screen-reader mode: every change is one line. Press ? at any time for the keys that work now.',
	target: (description: string) => `The demo runs against ${description}.`,
	choose: 'Choose a scenario by its number:',
	scenario: (number: number, name: string, summary: string) => `${number}: ${name}. ${summary}`,
	chooseKeys: (count: number, fallback: string) => `Press 1 to ${count}, or Enter for ${fallback}.`,
	chosen: (name: string) => `Scenario ${name}.`,
	preflight: 'Checking the target and who you are.',
	searchingLeftovers: 'Looking for what earlier runs left behind.',
	leftovers: (count: number) =>
		plural(count, {one: 'Earlier runs left one thing behind:', other: 'Earlier runs left # things behind:'}),
	leftoverKeys: 'Press y to delete them first, or n to keep them.',
	deletingLeftovers: 'Deleting them, then on to the demo.',
	aboutToCreate: (account: string, arn: string, path: string) =>
		`About to create in account ${account} (${arn}), under the IAM path ${path}:`,
	everythingDeleted: 'Everything is deleted at the end.',
	confirmKeys: 'Press y or Enter to create them, or n to cancel.',
	start: (number: number, total: number, title: string) =>
		`Ready. Press Enter to start step ${number} of ${total}: ${title}.`,
	next: (number: number, total: number, title: string) => `Next: step ${number} of ${total}, ${title}. Press Enter.`,
	codeKeys:
		'Type the six digits and press Enter. Or press a for the built-in authenticator, s to hear the secret key, u for the otpauth URI.',
	freshCodeKeys: 'Type the six digits and press Enter, or press a for the built-in authenticator.',
	autoCodes: 'The built-in authenticator is filling in the code.',
	codePrompt: (label: string) => `${label}: `,
	seed: (groups: string) => `Secret key, in groups of four: ${groups}.`,
	uri: (uri: string) => `otpauth URI: ${uri}`,
	failedKeys: 'Press r to retry this step, t to tear everything down, or q to quit.',
	tearingDown: 'Tearing everything down.',
	finishedKeys: 'Finished. Press q to exit.',
	leaveKeys: 'Press y for yes, or n to carry on.',
	carryOn: 'Carrying on.',
	nextCodeIn: (seconds: number) => `Next code in ${seconds} seconds.`,
	keysNow: (keys: string) => `Keys now: ${keys}.`,
	noKeys: 'No key does anything now: wait for the next line.',
	/** --screen-reader where the run cannot read keys: plain mode, which reads linearly too. */
	needsTerminal: 'note: --screen-reader needs a terminal for its keys: showing the plain log instead (as --plain).',
	/** --screen-reader with --plain or --json. */
	notWithPlain: '--screen-reader reads the run to you with keys; --plain and --json log it without keys: pick one',
	chooseHint: {key: 'a number or Enter', label: 'choose a scenario'} as KeyHint,
	uriHint: {key: 'u', label: 'say the otpauth URI'} as KeyHint,
	seedHint: {key: 's', label: 'say the secret key'} as KeyHint,
	helpHint: {key: '?', label: 'say these keys again'} as KeyHint,
};

export const SCREEN_READER_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		opening:
			'sts-mfa, modo leitor de tela: cada mudança é uma linha. Pressione ? a qualquer momento para ouvir as teclas que funcionam agora.',
		target: (description) => `A demonstração roda contra ${description}.`,
		choose: 'Escolha um cenário pelo número:',
		scenario: (number, name, summary) => `${number}: ${name}. ${summary}`,
		chooseKeys: (count, fallback) => `Pressione de 1 a ${count}, ou Enter para ${fallback}.`,
		chosen: (name) => `Cenário ${name}.`,
		preflight: 'Verificando o destino e quem você é.',
		searchingLeftovers: 'Procurando o que execuções anteriores deixaram para trás.',
		leftovers: (count) =>
			plural(count, {
				one: 'Execuções anteriores deixaram um recurso para trás:',
				other: 'Execuções anteriores deixaram # recursos para trás:',
			}),
		leftoverKeys: 'Pressione y para excluí-los primeiro, ou n para mantê-los.',
		deletingLeftovers: 'Excluindo-os; depois, a demonstração.',
		aboutToCreate: (account, arn, path) => `Prestes a criar na conta ${account} (${arn}), no caminho do IAM ${path}:`,
		everythingDeleted: 'Tudo é excluído no final.',
		confirmKeys: 'Pressione y ou Enter para criá-los, ou n para cancelar.',
		start: (number, total, title) => `Pronto. Pressione Enter para iniciar a etapa ${number} de ${total}: ${title}.`,
		next: (number, total, title) => `Próxima: etapa ${number} de ${total}, ${title}. Pressione Enter.`,
		codeKeys:
			'Digite os seis dígitos e pressione Enter. Ou pressione a para o autenticador embutido, s para ouvir a chave secreta, u para o URI otpauth.',
		freshCodeKeys: 'Digite os seis dígitos e pressione Enter, ou pressione a para o autenticador embutido.',
		autoCodes: 'O autenticador embutido está preenchendo o código.',
		codePrompt: (label) => `${label}: `,
		seed: (groups) => `Chave secreta, em grupos de quatro: ${groups}.`,
		uri: (uri) => `URI otpauth: ${uri}`,
		failedKeys: 'Pressione r para tentar esta etapa de novo, t para desfazer tudo, ou q para sair.',
		tearingDown: 'Desfazendo tudo.',
		finishedKeys: 'Concluído. Pressione q para sair.',
		leaveKeys: 'Pressione y para sim, ou n para continuar.',
		carryOn: 'Continuando.',
		nextCodeIn: (seconds) => `Próximo código em ${seconds} segundos.`,
		keysNow: (keys) => `Teclas agora: ${keys}.`,
		noKeys: 'Nenhuma tecla faz nada agora: aguarde a próxima linha.',
		needsTerminal:
			'nota: --screen-reader precisa de um terminal para as teclas: mostrando o log simples (como --plain).',
		notWithPlain:
			'--screen-reader lê a execução para você, com teclas; --plain e --json a registram sem teclas: escolha um',
		chooseHint: {key: 'um número ou Enter', label: 'escolher um cenário'},
		uriHint: {key: 'u', label: 'ouvir o URI otpauth'},
		seedHint: {key: 's', label: 'ouvir a chave secreta'},
		helpHint: {key: '?', label: 'ouvir estas teclas de novo'},
	},
});

/** The question before t or q deletes what the run created, as one line with its keys. */
export function leaveQuestion(question: string): string {
	return `${question} ${SCREEN_READER_WORDS.leaveKeys}`;
}

/** The dashboard's key hints as a screen-reader user has them: chosen by number, the seed and URI said aloud. */
export function screenReaderHints(hints: readonly KeyHint[], seedShown: boolean): string[] {
	const words = SCREEN_READER_WORDS;
	const saidInstead = new Map<KeyHint, KeyHint>([
		[KEY_WORDS.hints.choose, words.chooseHint],
		[KEY_WORDS.hints.seed, words.seedHint],
		[KEY_WORDS.hints.help, words.helpHint],
	]);
	const said = hints.map((hint) => saidInstead.get(hint) ?? hint);
	return [...said, ...(seedShown ? [words.uriHint] : [])].map(({key, label}) => `${key} ${label}`);
}
