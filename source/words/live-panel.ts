import {localized} from './language.js';

/* The dashboard's right-hand panel under a live step, and the steps list's heading. */

const en = {
	lookingForLeftovers: 'Looking for what earlier runs left behind…',
	checkingPermissions: 'Checking your permissions…',
	startingSandbox: 'Starting the local sandbox…',
	connectingToAws: 'Connecting to AWS…',
	connectingToEndpoint: 'Connecting to the endpoint…',
	/** "Next ▸ Create an MFA device", then " — press Enter" when it fits beside it. */
	next: (title: string) => `Next ▸ ${title}`,
	pressEnter: ' — press Enter',
	pressEnterToStart: 'Press Enter to start.',
	working: 'working…',
	failedKeys: 'r retries this step · t tears down · q quits',
	tearingDown: 'tearing down…',
	steps: 'Steps',
	stepsReviewing: 'Steps — reviewing (Esc: live)',
	/** Beside a step that waits for a code typed by hand, not for AWS. */
	yourTurn: 'your turn',
};

export const LIVE_PANEL_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		lookingForLeftovers: 'Procurando o que execuções anteriores deixaram para trás…',
		checkingPermissions: 'Verificando suas permissões…',
		startingSandbox: 'Iniciando o sandbox local…',
		connectingToAws: 'Conectando à AWS…',
		connectingToEndpoint: 'Conectando ao endpoint…',
		next: (title) => `Próximo ▸ ${title}`,
		pressEnter: ' — tecle Enter',
		pressEnterToStart: 'Tecle Enter para começar.',
		working: 'trabalhando…',
		failedKeys: 'r repete este passo · t desfaz tudo · q sai',
		tearingDown: 'desfazendo tudo…',
		steps: 'Passos',
		stepsReviewing: 'Passos — revisando (Esc: ao vivo)',
		yourTurn: 'sua vez',
	},
});
