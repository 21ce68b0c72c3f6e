import {localized} from './language.js';

/* The one or two lines a run leaves on the normal screen at its end (commands/summary.ts). */

const en = {
	stops: {
		SIGINT: 'interrupted (Ctrl-C)',
		SIGTERM: 'terminated (SIGTERM)',
		SIGHUP: 'hung up',
		stopped: 'stopped',
		ended: 'ended',
	},
	proved: (line: string) => `sts-mfa: proved — ${line}.`,
	stepFailed: (number: number, title: string, message: string | undefined) =>
		`sts-mfa: step ${number} (${title}) failed${message ? `: ${message}` : ''}.`,
	notProved: (stop: string) => `sts-mfa: ${stop} before the demo proved its point.`,
	deleted: (nouns: string) => `Deleted the ${nouns}`,
	leftBehind: (items: string, command: string) => `Left behind: ${items} — remove it with: ${command}`,
	perhapsLeftBehind: (items: string, command: string) =>
		`Perhaps left behind (its create was cut short): ${items} — check with: ${command}`,
	nothingCreated: 'Nothing was created, so nothing is left.',
	sandboxEnded: (deleted: string) =>
		`${deleted || 'Teardown did not finish'}; the embedded sandbox ended with the run, so nothing is left.`,
	nothingLeft: (deleted: string) => `${deleted}; nothing is left.`,
};

export const SUMMARY_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		stops: {
			SIGINT: 'interrompido (Ctrl-C)',
			SIGTERM: 'encerrado (SIGTERM)',
			SIGHUP: 'desconectado (SIGHUP)',
			stopped: 'parado',
			ended: 'terminado',
		},
		proved: (line) => `sts-mfa: comprovado — ${line}.`,
		stepFailed: (number, title, message) =>
			`sts-mfa: a etapa ${number} (${title}) falhou${message ? `: ${message}` : ''}.`,
		notProved: (stop) => `sts-mfa: ${stop} antes de a demonstração provar o que queria.`,
		deleted: (nouns) => `Excluídos: ${nouns}`,
		leftBehind: (items, command) => `Deixado para trás: ${items} — remova com: ${command}`,
		perhapsLeftBehind: (items, command) =>
			`Talvez deixado para trás (a criação foi interrompida): ${items} — verifique com: ${command}`,
		nothingCreated: 'Nada foi criado, então nada ficou.',
		sandboxEnded: (deleted) =>
			`${deleted || 'A limpeza não terminou'}; o sandbox embutido terminou com a execução, então nada ficou.`,
		nothingLeft: (deleted) => `${deleted}; nada ficou.`,
	},
});
