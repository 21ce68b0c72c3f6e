import {localized} from './language.js';

/* What `sts-mfa [run]` says around the demo: its refusals and notes on standard error. */

const en = {
	noCodeInput:
		'plain mode reads MFA codes from stdin, but there is no input: pass --auto-mfa to use the built-in authenticator, or pipe the codes in',
	noConfirmInput: '--aws asks for confirmation on stdin, but there is no input: pass --yes to go ahead without asking',
	/** What the AWS SDK's NodeVersionSupportWarning says, in one line (the SDK's own is turned off in cli.tsx). */
	node20: 'note: Node 20 works, but AWS SDK releases after early 2027 need Node 22 or newer (22 or 24 recommended)',
	dumbTerminal: 'note: TERM=dumb cannot draw the dashboard: showing the plain log instead (as --plain).',
	signalNote: (signal: string) => `note: ${signal}: tearing down, then exiting.`,
	signals: {SIGINT: 'interrupted (Ctrl-C)', SIGTERM: 'terminated (SIGTERM)', SIGHUP: 'hung up (SIGHUP)'},
	startupCancelled: 'the run ended before the target was started',
};

export const RUN_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		noCodeInput:
			'o modo plain lê os códigos de MFA da entrada padrão, mas não há entrada: passe --auto-mfa para usar o autenticador embutido, ou envie os códigos por um pipe',
		noConfirmInput:
			'--aws pede confirmação na entrada padrão, mas não há entrada: passe --yes para seguir sem perguntar',
		node20:
			'nota: o Node 20 funciona, mas as versões do AWS SDK depois do início de 2027 exigem Node 22 ou mais novo (22 ou 24 recomendados)',
		dumbTerminal: 'nota: TERM=dumb não desenha o painel: mostrando o log simples (como --plain).',
		signalNote: (signal) => `nota: ${signal}: desfazendo tudo, depois saindo.`,
		signals: {SIGINT: 'interrompido (Ctrl-C)', SIGTERM: 'encerrado (SIGTERM)', SIGHUP: 'desconectado (SIGHUP)'},
		startupCancelled: 'a execução terminou antes de o destino ser iniciado',
	},
});
