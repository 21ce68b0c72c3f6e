import {localized} from './language.js';

/* The dashboard's header (where the calls go) and its panels' headings. AWS and API names stay as they are. */

const en = {
	localSandbox: 'LOCAL SANDBOX — not AWS',
	awsAccount: (account: string) => `AWS account ${account}`,
	account: (account: string) => `account ${account}`,
	profile: (profile: string) => `profile ${profile}`,
	endpoint: (endpoint: string) => `Endpoint ${endpoint}`,
	resources: 'Resources',
	awsCalls: 'AWS calls',
	lastCalls: (count: number) => `(last ${count})`,
	noCallsYet: 'none yet',
};

export const DASHBOARD_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		localSandbox: 'SANDBOX LOCAL — não é a AWS',
		awsAccount: (account) => `conta da AWS ${account}`,
		account: (account) => `conta ${account}`,
		profile: (profile) => `perfil ${profile}`,
		endpoint: (endpoint) => `Endpoint ${endpoint}`,
		resources: 'Recursos',
		awsCalls: 'Chamadas à AWS',
		lastCalls: (count) => `(últimas ${count})`,
		noCallsYet: 'nenhuma ainda',
	},
});
