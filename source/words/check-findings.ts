import type {Decider, Finding, FindingKind, Severity, Way} from '../check/types.js';
import {localized} from './language.js';

/* Every word of a finding: its title, its one-line fix, and how a way of signing and a statement are named. */

export const WAY_NAMES = localized<Record<Way, string>>({
	en: {
		longTermKey: 'long-term key',
		noMfaSession: 'session without MFA',
		freshMfaSession: 'fresh MFA session',
		oldMfaSession: 'MFA session 2 h old',
		noMfaRoleSession: 'AssumeRole without MFA',
		mfaRoleSession: 'AssumeRole with MFA',
	},
	'pt-BR': {
		longTermKey: 'chave de longo prazo',
		noMfaSession: 'sessão sem MFA',
		freshMfaSession: 'sessão com MFA recente',
		oldMfaSession: 'sessão com MFA de 2 h',
		noMfaRoleSession: 'AssumeRole sem MFA',
		mfaRoleSession: 'AssumeRole com MFA',
	},
});

/** Matrix column headings: short, so four fit beside an action at 80 columns. */
export const WAY_COLUMNS = localized<Record<Way, string>>({
	en: {
		longTermKey: 'key',
		noMfaSession: 'no MFA',
		freshMfaSession: 'MFA',
		oldMfaSession: 'MFA 2h',
		noMfaRoleSession: 'assume',
		mfaRoleSession: 'assume+MFA',
	},
	'pt-BR': {
		longTermKey: 'chave',
		noMfaSession: 'sem MFA',
		freshMfaSession: 'MFA',
		oldMfaSession: 'MFA 2h',
		noMfaRoleSession: 'assume',
		mfaRoleSession: 'assume+MFA',
	},
});

export const SEVERITY_NAMES = localized<Record<Severity, string>>({
	en: {high: 'high', medium: 'medium', low: 'low'},
	'pt-BR': {high: 'alta', medium: 'média', low: 'baixa'},
});

export const FINDING_TITLES = localized<Record<FindingKind, string>>({
	en: {
		allowedWithoutMfa: 'Allowed without MFA',
		boolDenyMissesKey: 'A Deny under Bool lets the long-term key through',
		selfManagementWithoutMfa: 'The MFA device can be removed without MFA',
		firstDeviceFromKey: 'Whoever holds the key can enrol the first MFA device',
		mfaAgeWithoutPresence: 'MFA age compared without a presence check',
		keyWithoutDevice: 'Access key and no MFA device',
		consoleWithoutMfa: 'Console password and no MFA device',
		roleAssumableWithoutMfa: 'Role assumable without MFA reaches what needs MFA',
	},
	'pt-BR': {
		allowedWithoutMfa: 'Permitido sem MFA',
		boolDenyMissesKey: 'Um Deny sob Bool deixa passar a chave de longo prazo',
		selfManagementWithoutMfa: 'O dispositivo de MFA pode ser removido sem MFA',
		firstDeviceFromKey: 'Quem tem a chave pode registrar o primeiro dispositivo de MFA',
		mfaAgeWithoutPresence: 'Idade do MFA comparada sem verificar a presença do MFA',
		keyWithoutDevice: 'Chave de acesso e nenhum dispositivo de MFA',
		consoleWithoutMfa: 'Senha do console e nenhum dispositivo de MFA',
		roleAssumableWithoutMfa: 'Função que pode ser assumida sem MFA alcança o que exige MFA',
	},
});

export const FINDING_FIXES = localized<Record<FindingKind, string>>({
	en: {
		allowedWithoutMfa:
			'Require MFA: add Bool aws:MultiFactorAuthPresent true to the Allow, or a Deny under BoolIfExists aws:MultiFactorAuthPresent false.',
		boolDenyMissesKey:
			'Write BoolIfExists aws:MultiFactorAuthPresent false in the Deny: a long-term key has no such key, and Bool never matches it.',
		selfManagementWithoutMfa:
			"Keep iam:DeactivateMFADevice and iam:DeleteVirtualMFADevice out of the Deny's exceptions, as AWS's current self-manage policy does.",
		firstDeviceFromKey:
			"Enrol the user's MFA device now (or delete the key): until then the key alone may enrol one, then sign in with MFA.",
		mfaAgeWithoutPresence:
			'Add Bool aws:MultiFactorAuthPresent true beside the aws:MultiFactorAuthAge comparison, so the intent does not hang on an absent key.',
		keyWithoutDevice: 'Enable an MFA device for the user and require it by policy, or delete the access key.',
		consoleWithoutMfa: 'Enable an MFA device for the user, or delete its console password (login profile).',
		roleAssumableWithoutMfa: "Add Bool aws:MultiFactorAuthPresent true to the trust policy's Allow.",
	},
	'pt-BR': {
		allowedWithoutMfa:
			'Exija MFA: adicione Bool aws:MultiFactorAuthPresent true ao Allow, ou um Deny sob BoolIfExists aws:MultiFactorAuthPresent false.',
		boolDenyMissesKey:
			'Use BoolIfExists aws:MultiFactorAuthPresent false no Deny: uma chave de longo prazo não tem essa chave de condição, e o Bool nunca se aplica a ela.',
		selfManagementWithoutMfa:
			'Deixe iam:DeactivateMFADevice e iam:DeleteVirtualMFADevice fora das exceções do Deny, como faz a política atual de autogerenciamento da AWS.',
		firstDeviceFromKey:
			'Registre agora o dispositivo de MFA do usuário (ou exclua a chave): até lá, só a chave basta para registrar um e depois entrar com MFA.',
		mfaAgeWithoutPresence:
			'Adicione Bool aws:MultiFactorAuthPresent true ao lado da comparação de aws:MultiFactorAuthAge, para que a intenção não dependa de uma chave de condição ausente.',
		keyWithoutDevice: 'Ative um dispositivo de MFA para o usuário e exija-o por política, ou exclua a chave de acesso.',
		consoleWithoutMfa:
			'Ative um dispositivo de MFA para o usuário, ou exclua a senha do console dele (perfil de login).',
		roleAssumableWithoutMfa: 'Adicione Bool aws:MultiFactorAuthPresent true ao Allow da política de confiança.',
	},
});

const POLICY_KIND_NAMES = localized<Record<Decider['kind'], string>>({
	en: {
		inline: 'inline policy',
		managed: 'managed policy',
		'group-inline': 'group policy',
		'group-managed': 'group managed policy',
		file: 'file',
		boundary: 'boundary',
		trust: 'trust policy',
	},
	'pt-BR': {
		inline: 'política em linha',
		managed: 'política gerenciada',
		'group-inline': 'política do grupo',
		'group-managed': 'política gerenciada do grupo',
		file: 'arquivo',
		boundary: 'limite de permissões',
		trust: 'política de confiança',
	},
});

const parts = {
	noStatement: 'no statement allows it',
	statement: (index: number) => `statement ${index}`,
	line: (line: number) => `line ${line}`,
	more: (count: number) => `+${count} more`,
};

const PARTS = localized<typeof parts>({
	en: parts,
	'pt-BR': {
		noStatement: 'nenhuma instrução permite',
		statement: (index) => `instrução ${index}`,
		line: (line) => `linha ${line}`,
		more: (count) => `+${count} outras`,
	},
});

/** "Allow "AllowAll" (policy admin, line 3)"; "no statement allows it" for an implicit deny. */
export function statementName(decider: Decider | undefined): string {
	if (!decider) return PARTS.noStatement;
	const sid = decider.sid ? ` "${decider.sid}"` : ` ${PARTS.statement(decider.statement + 1)}`;
	const where = decider.file ?? `${POLICY_KIND_NAMES[decider.kind]} ${decider.policyId}`;
	return `${decider.effect}${sid} (${where}${decider.line ? `, ${PARTS.line(decider.line)}` : ''})`;
}

/** One line: what, by which way, decided by which statement. */
export function findingLine(finding: Finding): string {
	const more = finding.alsoActions?.length ? ` (${PARTS.more(finding.alsoActions.length)})` : '';
	const line = [
		...(finding.action ? [`${finding.action}${more}`] : []),
		...(finding.way ? [WAY_NAMES[finding.way]] : []),
		...(finding.decidedBy ? [statementName(finding.decidedBy)] : []),
	];
	return line.length === 0 ? FINDING_TITLES[finding.kind] : `${FINDING_TITLES[finding.kind]}: ${line.join(' · ')}`;
}
