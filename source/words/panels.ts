import type {ResourceKind} from '../resources/kinds.js';
import {localized, plural} from './language.js';

/*
 * The dashboard panels' own short words: the MFA session's result (its key, its countdown, the
 * buckets it listed), the teardown panel's closing lines, and what the Resources panel says of a
 * resource that is going or gone.
 */

const en = {
	askingWhy: 'Asking the policy simulator why…',
	/** Who the session acts as, before the assumed role's ARN. */
	as: 'as ',
	sessionKey: (id: string) => `session key ${id}`,
	sessionEnded: 'ended: its user was deleted',
	roleSessionEnded: 'ended: its role was deleted',
	expiresIn: (duration: string) => `expires in ${duration}`,
	expired: 'expired',
	moreBuckets: (count: number) => `… ${count} more`,
	moreLines: (count: number) => plural(count, {one: '… # more line', other: '… # more lines'}),
	mfaAgeSoFar: (key: string, age: number, limit: number) => `${key}: ${age} s of ${limit} s`,
	proved: '✓ Proved: denied without MFA, allowed with MFA',
	notProved: '✗ Not proved: the demo did not get that far',
	tornDown: '✓ Torn down: nothing left behind',
	leftBehind: (items: string) => `✗ Left behind: ${items || 'teardown incomplete'}`,
	runCleanup: 'Run `sts-mfa cleanup` to remove what is left.',
	pressQ: 'press q to exit',
	nothingCreated: 'Nothing was created, nothing to delete.',
	deleting: 'deleting…',
	/** A tick: deleting it was the point. A cross would read as a failure. Portuguese agrees with the noun. */
	deleted: {
		user: '✓ deleted',
		virtualMfaDevice: '✓ deleted',
		accessKey: '✓ deleted',
		userPolicy: '✓ deleted',
		role: '✓ deleted',
		managedPolicy: '✓ deleted',
	} satisfies {readonly [K in ResourceKind]: string},
	leftBehindFate: '! left behind',
	/** What a live resource is now, after its name in the Resources panel. */
	enabled: ' (enabled)',
	inForce: ' (in force)',
};

export const PANEL_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		askingWhy: 'Perguntando ao simulador de políticas por quê…',
		as: 'como ',
		sessionKey: (id) => `chave da sessão ${id}`,
		sessionEnded: 'encerrada: o usuário dela foi excluído',
		roleSessionEnded: 'encerrada: a função dela foi excluída',
		expiresIn: (duration) => `expira em ${duration}`,
		expired: 'expirada',
		moreBuckets: (count) => `… mais ${count}`,
		moreLines: (count) => plural(count, {one: '… mais # linha', other: '… mais # linhas'}),
		mfaAgeSoFar: (key, age, limit) => `${key}: ${age} s de ${limit} s`,
		proved: '✓ Comprovado: negado sem MFA, permitido com MFA',
		notProved: '✗ Não comprovado: a demonstração não chegou lá',
		tornDown: '✓ Tudo desfeito: nada ficou para trás',
		leftBehind: (items) => `✗ Ficou para trás: ${items || 'a remoção não terminou'}`,
		runCleanup: 'Execute `sts-mfa cleanup` para remover o que ficou.',
		pressQ: 'tecle q para sair',
		nothingCreated: 'Nada foi criado, nada a excluir.',
		deleting: 'excluindo…',
		deleted: {
			user: '✓ excluído',
			virtualMfaDevice: '✓ excluído',
			accessKey: '✓ excluída',
			userPolicy: '✓ excluída',
			role: '✓ excluída',
			managedPolicy: '✓ excluída',
		},
		leftBehindFate: '! ficou',
		enabled: ' (ativado)',
		inForce: ' (em vigor)',
	},
});
