import {localized} from './language.js';

/* What the presenter's view says (`sts-mfa presenter`), and what the command says around it. */

const en = {
	title: 'sts-mfa · presenter',
	onScreen: 'On screen',
	next: 'Next',
	nothingNext: '(the end: the summary, then q to exit)',
	choosing: 'the audience picks a scenario',
	notes: 'Notes',
	noNotes: '(no notes for this step)',
	time: (elapsed: string) => `Elapsed ${elapsed}`,
	timeLeft: (elapsed: string, left: string) => `Elapsed ${elapsed} · left ${left}`,
	overTime: (elapsed: string, over: string) => `Elapsed ${elapsed} · ${over} over time`,
	code: (code: string, seconds: number) => `Code now: ${code.slice(0, 3)} ${code.slice(3)} · next in ${seconds} s`,
	keys: 'Keys',
	waiting: 'Waiting for a dashboard: start sts-mfa in another terminal (Ctrl-C to stop waiting).',
	ended: 'The dashboard has ended.',
	lost: 'The dashboard went away without saying it ended.',
	notes_only_here: 'Only this terminal shows the notes; the audience sees the dashboard.',
	/** Node's parseArgs message, without its hint about '--', which would mislead here. */
	parser: (message: string) => `${message} (in 'sts-mfa presenter'; see 'sts-mfa presenter --help')`,
	badTalkMinutes: (value: string) => `--talk-minutes needs a whole number of minutes from 1 to 600, got '${value}'`,
	unsafeDirectory: (why: string) => `cannot attach: ${why}`,
};

export const presenterWords = localized<typeof en>({
	en,
	'pt-BR': {
		title: 'sts-mfa · apresentador',
		onScreen: 'Na tela',
		next: 'A seguir',
		nothingNext: '(o fim: o resumo, depois q para sair)',
		choosing: 'o público escolhe um cenário',
		notes: 'Notas',
		noNotes: '(nenhuma nota para esta etapa)',
		time: (elapsed) => `Decorrido ${elapsed}`,
		timeLeft: (elapsed, left) => `Decorrido ${elapsed} · restam ${left}`,
		overTime: (elapsed, over) => `Decorrido ${elapsed} · ${over} além do tempo`,
		code: (code, seconds) => `Código agora: ${code.slice(0, 3)} ${code.slice(3)} · próximo em ${seconds} s`,
		keys: 'Teclas',
		waiting: 'Aguardando um painel: inicie o sts-mfa em outro terminal (Ctrl-C para parar de esperar).',
		ended: 'O painel terminou.',
		lost: 'O painel sumiu sem avisar que tinha terminado.',
		notes_only_here: 'Só este terminal mostra as notas; o público vê o painel.',
		parser: (message) => `${message} (em 'sts-mfa presenter'; veja 'sts-mfa presenter --help')`,
		badTalkMinutes: (value) => `--talk-minutes precisa de um número inteiro de minutos, de 1 a 600; recebeu '${value}'`,
		unsafeDirectory: (why) => `não é possível se conectar: ${why}`,
	},
});
