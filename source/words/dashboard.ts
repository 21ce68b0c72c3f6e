import type {TraceEntry} from '../aws/types.js';
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
	/** Who signed each call, in the AWS calls panel. */
	principals: {
		operator: 'operator',
		'demo-user': 'demo-user',
		session: 'session',
		'mfa-session': 'mfa-session',
		'role-session': 'role-session',
	} satisfies {readonly [P in TraceEntry['principal']]: string},
	callFailed: 'error',
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
		principals: {
			operator: 'operador',
			'demo-user': 'usuário-demo',
			session: 'sessão',
			'mfa-session': 'sessão-MFA',
			'role-session': 'sessão-função',
		},
		callFailed: 'erro',
	},
});
