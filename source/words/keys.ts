import type {KeyAction, KeyHint, LeaveRequest} from '../app/keys.js';
import {localized} from './language.js';

/*
 * The dashboard's keys as the status bar and the `?` help name them. The help's labels fit one
 * line of the help at 80x24 (62 columns beside the key): a test renders it there and finds each
 * whole, in both languages. The keys themselves are the same in both.
 */

const en = {
	hints: {
		choose: {key: '↑↓ Enter', label: 'choose a scenario'},
		code: {key: '0-9 Enter', label: 'type code'},
		confirm: {key: 'Enter/y', label: 'create'},
		decline: {key: 'n', label: 'cancel'},
		deleteLeftovers: {key: 'y', label: 'delete them'},
		keepLeftovers: {key: 'n', label: 'keep them'},
		next: {key: 'Enter', label: 'next step'},
		autoCodes: {key: 'a', label: 'auto code'},
		retry: {key: 'r', label: 'retry'},
		review: {key: '←→', label: 'review'},
		live: {key: 'Esc', label: 'live'},
		seed: {key: 's', label: 'seed'},
		invertQr: {key: 'i', label: 'invert QR'},
		teardown: {key: 't', label: 'tear down'},
		quit: {key: 'q', label: 'quit'},
		abandon: {key: 'q', label: 'leave now (rest left behind)'},
		help: {key: '?', label: 'help'},
		confirmLeave: {key: 'y', label: 'yes'},
		cancelLeave: {key: 'n/Esc', label: 'no, carry on'},
	} satisfies Record<KeyAction, KeyHint>,
	exit: {key: 'q', label: 'exit'} satisfies KeyHint,
	helpOpen: {key: '?/Esc', label: 'close help'} satisfies KeyHint,
	/** The question the status bar asks before `t` or `q` deletes what the run created. */
	leaveQuestions: {
		teardown: 'Tear everything down now?',
		quit: 'Quit? Everything created is torn down first.',
	} satisfies Record<LeaveRequest, string>,
	helpTitle: 'Keys',
	helpClose: 'Press ? or Esc to close.',
	/** Every key, for the help overlay. */
	help: [
		{key: 'Enter', label: 'run the next step (or submit the code being typed)'},
		{key: 'y / n', label: 'confirm / cancel; delete / keep what earlier runs left'},
		{key: '0-9', label: 'type an MFA code (6 digits) from your authenticator app'},
		{key: 'a', label: 'fill the code(s) from the built-in authenticator (no phone)'},
		{key: 's', label: 'reveal / hide the MFA seed beside the QR code'},
		{key: 'i', label: 'NO_COLOR only: redraw the QR for a light / dark background'},
		{key: '← → ↑ ↓', label: 'review what a finished step did'},
		{key: 'Esc', label: 'back to the live step (or close this help)'},
		{key: 'r', label: 'retry the step that failed'},
		{key: 't', label: 'tear everything down now (asks y/n once something exists)'},
		{key: 'q', label: 'quit, tearing everything down first (asks y/n, like t)'},
		{key: 'Ctrl-C', label: 'quit at once, tearing everything down first'},
		{key: 'q / Ctrl-C', label: 'during teardown: leave now; `sts-mfa cleanup` removes the rest'},
		{key: '?', label: 'show / hide this help'},
	] as readonly KeyHint[],
};

export const KEY_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		hints: {
			choose: {key: '↑↓ Enter', label: 'escolher um cenário'},
			code: {key: '0-9 Enter', label: 'digitar código'},
			confirm: {key: 'Enter/y', label: 'criar'},
			decline: {key: 'n', label: 'cancelar'},
			deleteLeftovers: {key: 'y', label: 'excluí-las'},
			keepLeftovers: {key: 'n', label: 'mantê-las'},
			next: {key: 'Enter', label: 'próxima etapa'},
			autoCodes: {key: 'a', label: 'código automático'},
			retry: {key: 'r', label: 'repetir'},
			review: {key: '←→', label: 'rever'},
			live: {key: 'Esc', label: 'ao vivo'},
			seed: {key: 's', label: 'semente'},
			invertQr: {key: 'i', label: 'inverter QR'},
			teardown: {key: 't', label: 'desfazer'},
			quit: {key: 'q', label: 'sair'},
			abandon: {key: 'q', label: 'sair já (o resto fica para trás)'},
			help: {key: '?', label: 'ajuda'},
			confirmLeave: {key: 'y', label: 'sim'},
			cancelLeave: {key: 'n/Esc', label: 'não, continuar'},
		},
		exit: {key: 'q', label: 'sair'},
		helpOpen: {key: '?/Esc', label: 'fechar a ajuda'},
		leaveQuestions: {
			teardown: 'Desfazer tudo agora?',
			quit: 'Sair? Tudo o que foi criado é desfeito antes.',
		},
		helpTitle: 'Teclas',
		helpClose: 'Pressione ? ou Esc para fechar.',
		help: [
			{key: 'Enter', label: 'executar a próxima etapa (ou enviar o código digitado)'},
			{key: 'y / n', label: 'confirmar / cancelar; excluir / manter as sobras'},
			{key: '0-9', label: 'digitar um código de MFA (6 dígitos) do autenticador'},
			{key: 'a', label: 'preencher o(s) código(s) com o autenticador embutido'},
			{key: 's', label: 'mostrar / esconder a semente do MFA ao lado do QR'},
			{key: 'i', label: 'só com NO_COLOR: redesenhar o QR p/ fundo claro / escuro'},
			{key: '← → ↑ ↓', label: 'rever o que uma etapa concluída fez'},
			{key: 'Esc', label: 'voltar à etapa ao vivo (ou fechar esta ajuda)'},
			{key: 'r', label: 'repetir a etapa que falhou'},
			{key: 't', label: 'desfazer tudo agora (pergunta y/n se algo já existe)'},
			{key: 'q', label: 'sair, desfazendo tudo antes (pergunta y/n, como o t)'},
			{key: 'Ctrl-C', label: 'sair na hora, desfazendo tudo antes'},
			{key: 'q / Ctrl-C', label: 'na limpeza: sair já; `sts-mfa cleanup` remove o resto'},
			{key: '?', label: 'mostrar / esconder esta ajuda'},
		],
	},
});
