import {localized, plural} from './language.js';

/* The words of `sts-mfa check` outside the findings: errors, headings, notes, the dashboard. */

type PrincipalKind = 'user' | 'role';

const words = {
	noFindings: 'No finding: every checked action needs MFA where MFA is meant to be required.',
	summary: (principals: number, cells: number, findings: number) =>
		`${plural(principals, {one: '# principal', other: '# principals'})}, ${plural(cells, {one: '# cell', other: '# cells'})}, ${plural(findings, {one: '# finding', other: '# findings'})}`,
	unexpanded: (pattern: string, covers: number) =>
		`${pattern} covers ${covers} actions: not listed one by one (the built-in set still runs; --actions names more)`,
	progress: (done: number, total: number) => `simulating ${done}/${total}`,
	/** Above a principal's matrix in --plain. */
	matrixTitle: (kind: PrincipalKind, name: string, findings: number) =>
		`${kind} ${name} (${plural(findings, {one: '# finding', other: '# findings'})})`,
	headings: {
		severity: 'SEVERITY',
		principal: 'PRINCIPAL',
		finding: 'FINDING',
		fix: 'fix:',
	},
	decisions: {allowed: 'allowed', explicitDeny: 'denied', implicitDeny: 'not allowed'},
	/** Told apart by shape as well as colour. */
	glyphs: {
		allowed: '●',
		explicitDeny: '✕',
		implicitDeny: '·',
		allowedAscii: 'A',
		explicitDenyAscii: 'X',
		implicitDenyAscii: '.',
	},
};

export const CHECK_WORDS = localized<typeof words>({
	en: words,
	'pt-BR': {
		noFindings: 'Nenhuma descoberta: toda ação verificada exige MFA onde a intenção é que o MFA seja obrigatório.',
		summary: (principals, cells, findings) =>
			`${plural(principals, {one: '# entidade principal', other: '# entidades principais'})}, ${plural(cells, {one: '# célula', other: '# células'})}, ${plural(findings, {one: '# descoberta', other: '# descobertas'})}`,
		unexpanded: (pattern, covers) =>
			`${pattern} cobre ${covers} ações: não são listadas uma a uma (o conjunto embutido continua sendo verificado; --actions indica mais)`,
		progress: (done, total) => `simulando ${done}/${total}`,
		matrixTitle: (kind, name, findings) =>
			`${kind === 'user' ? 'usuário' : 'função'} ${name} (${plural(findings, {one: '# descoberta', other: '# descobertas'})})`,
		headings: {
			severity: 'GRAVIDADE',
			principal: 'ENTIDADE',
			finding: 'DESCOBERTA',
			fix: 'correção:',
		},
		decisions: {allowed: 'permitido', explicitDeny: 'negado', implicitDeny: 'não permitido'},
		glyphs: words.glyphs,
	},
});

const errors = {
	policyUnreadable: (file: string, reason: string) => `cannot read policy file ${file}: ${reason}`,
	actionsUnreadable: (file: string, reason: string) => `cannot read the actions file ${file}: ${reason}`,
	policyInvalid: (file: string, reason: string) => `${file} is not a valid IAM policy: ${reason}`,
	noTarget:
		"say what to check: --aws (an account, through your AWS profile), --endpoint URL, or --policy FILE... (offline); see 'sts-mfa check --help'",
	unexpectedWord: (word: string) => `unexpected '${word}': policy files follow --policy (see 'sts-mfa check --help')`,
	trustWithoutPolicy: '--trust needs --policy: it is the trust policy of the role whose policies you give',
	policyWithTarget: '--policy checks files offline: it cannot be used with --aws, --endpoint, --user or --role',
	actionsBoth: '--actions and --actions-file cannot be used together: pick one',
	actionsEmpty: 'the action list is empty: give names such as iam:CreateAccessKey or s3:Get*',
	actionInvalid: (action: string) =>
		`'${action}' is not an action: write service:Action, e.g. iam:CreateAccessKey (wildcards * and ? allowed)`,
	failOn: (value: string) => `--fail-on must be high, medium, low or none, got '${value}'`,
	format: (value: string) => `--format must be sarif, got '${value}' (for JSON use --json, for a table --plain)`,
	outputsTogether: '--plain, --json and --format cannot be used together: pick one',
	sarifNeedsPolicy: '--format sarif reports locations in policy files: use it with --policy',
	nameInvalid: (flag: string, name: string) => `${flag} needs an IAM name (letters, digits and +=,.@_-), got '${name}'`,
	simulatorDenied: (permission: string, detail: string) =>
		`the credentials cannot call the policy simulator: ${permission} is needed (read-only; it changes nothing). AWS said: ${detail}`,
	readDenied: (permission: string, detail: string) =>
		`the credentials cannot read the account: ${permission} is needed (read-only). AWS said: ${detail}`,
	notFound: (kind: PrincipalKind, name: string) => `no ${kind} named '${name}' in the account`,
	invalidResponse: (operation: string, detail: string) =>
		`${operation} answered something that is not its documented shape (${detail}); nothing was evaluated from it`,
	/** Why an answer or a file was refused: the detail inside the errors above. */
	details: {
		reportIncomplete: (attempts: number) => `the report was not COMPLETE after ${attempts} attempts`,
		reportTooLarge: 'the report is larger than 16 MB',
		reportNotCsv: 'the report is not CSV',
		documentNotEncoded: 'a policy document is not URL-encoded JSON',
		notRegularFile: 'not a regular file',
		fileTooLarge: (characters: number) => `larger than ${characters} characters`,
		noSuchFile: 'no such file',
	},
};

export const CHECK_ERRORS = localized<typeof errors>({
	en: errors,
	'pt-BR': {
		policyUnreadable: (file, reason) => `não foi possível ler o arquivo de política ${file}: ${reason}`,
		actionsUnreadable: (file, reason) => `não foi possível ler o arquivo de ações ${file}: ${reason}`,
		policyInvalid: (file, reason) => `${file} não é uma política do IAM válida: ${reason}`,
		noTarget:
			"diga o que verificar: --aws (uma conta, pelo seu perfil da AWS), --endpoint URL ou --policy FILE... (offline); veja 'sts-mfa check --help'",
		unexpectedWord: (word) =>
			`'${word}' inesperado: os arquivos de política vêm depois de --policy (veja 'sts-mfa check --help')`,
		trustWithoutPolicy: '--trust precisa de --policy: é a política de confiança da função cujas políticas você informa',
		policyWithTarget: '--policy verifica arquivos offline: não pode ser usado com --aws, --endpoint, --user ou --role',
		actionsBoth: '--actions e --actions-file não podem ser usados juntos: escolha um',
		actionsEmpty: 'a lista de ações está vazia: informe nomes como iam:CreateAccessKey ou s3:Get*',
		actionInvalid: (action) =>
			`'${action}' não é uma ação: escreva serviço:Ação, por exemplo iam:CreateAccessKey (curingas * e ? são aceitos)`,
		failOn: (value) => `--fail-on deve ser high, medium, low ou none, recebeu '${value}'`,
		format: (value) => `--format deve ser sarif, recebeu '${value}' (para JSON use --json; para uma tabela, --plain)`,
		outputsTogether: '--plain, --json e --format não podem ser usados juntos: escolha um',
		sarifNeedsPolicy: '--format sarif aponta locais em arquivos de política: use-o com --policy',
		nameInvalid: (flag, name) => `${flag} precisa de um nome do IAM (letras, dígitos e +=,.@_-), recebeu '${name}'`,
		simulatorDenied: (permission, detail) =>
			`as credenciais não podem chamar o simulador de políticas: é preciso ${permission} (somente leitura; não altera nada). A AWS respondeu: ${detail}`,
		readDenied: (permission, detail) =>
			`as credenciais não podem ler a conta: é preciso ${permission} (somente leitura). A AWS respondeu: ${detail}`,
		notFound: (kind, name) =>
			kind === 'user' ? `nenhum usuário chamado '${name}' na conta` : `nenhuma função chamada '${name}' na conta`,
		invalidResponse: (operation, detail) =>
			`${operation} respondeu algo fora do formato documentado (${detail}); nada foi avaliado a partir disso`,
		details: {
			reportIncomplete: (attempts) => `o relatório não ficou COMPLETE após ${attempts} tentativas`,
			reportTooLarge: 'o relatório tem mais de 16 MB',
			reportNotCsv: 'o relatório não é CSV',
			documentNotEncoded: 'um documento de política não é JSON codificado em URL',
			notRegularFile: 'não é um arquivo comum',
			fileTooLarge: (characters) => `tem mais de ${characters} caracteres`,
			noSuchFile: 'arquivo inexistente',
		},
	},
});

const dashboard = {
	title: 'sts-mfa check',
	target: (kind: 'offline' | 'aws' | 'endpoint', where: string | undefined) =>
		kind === 'offline'
			? 'policy files (offline)'
			: kind === 'aws'
				? `AWS ${where ?? ''}`.trim()
				: `Endpoint ${where ?? ''}`.trim(),
	counts: (high: number, medium: number, low: number) => `${high} high · ${medium} medium · ${low} low`,
	principalsHeading: (shown: number, total: number) => `Principals (${shown} of ${total})`,
	/** Each row of the list starts with the principal's kind (its column as wide as the longer of the two). */
	kinds: {user: 'user', role: 'role'},
	noFindingShort: 'no finding',
	findingCount: (high: number, medium: number, low: number) =>
		[high && `${high} high`, medium && `${medium} medium`, low && `${low} low`].filter(Boolean).join(' · '),
	matrixHeading: (kind: PrincipalKind, name: string, findings: number) =>
		`${kind} ${name} · ${plural(findings, {one: '# finding', other: '# findings'})}`,
	legend: (allowed: string, denied: string, implicit: string) =>
		`${allowed} allowed  ${denied} denied  ${implicit} no Allow`,
	cellLine: (action: string, way: string, decision: string) => `${action} · ${way}: ${decision}`,
	decidedBy: 'decided by',
	refusedByTrust: "the role's trust policy refuses this AssumeRole",
	findingsHere: 'Findings',
	noActions: 'no action matches the filter',
	filterPrompt: (text: string) => `/ ${text}▏  Enter keep  Esc clear`,
	filterShown: (text: string) => `filter: ${text}`,
	keys: {
		principals: '↑↓ move  Enter/→ matrix  / filter  q quit',
		matrix: '↑↓←→ move  Enter statement  Esc back  / filter  q quit',
		statement: 'Esc/← back to the matrix  q quit',
	},
};

/** The dashboard's words. */
export const CHECK_DASHBOARD = localized<typeof dashboard>({
	en: dashboard,
	'pt-BR': {
		title: 'sts-mfa check',
		target: (kind, where) =>
			kind === 'offline'
				? 'arquivos de política (offline)'
				: kind === 'aws'
					? `AWS ${where ?? ''}`.trim()
					: `Endpoint ${where ?? ''}`.trim(),
		counts: (high, medium, low) => `alta ${high} · média ${medium} · baixa ${low}`,
		principalsHeading: (shown, total) => `Entidades principais (${shown} de ${total})`,
		kinds: {user: 'usuário', role: 'função'},
		noFindingShort: 'nenhuma descoberta',
		findingCount: (high, medium, low) =>
			[high && `alta ${high}`, medium && `média ${medium}`, low && `baixa ${low}`].filter(Boolean).join(' · '),
		matrixHeading: (kind, name, findings) =>
			`${kind === 'user' ? 'usuário' : 'função'} ${name} · ${plural(findings, {one: '# descoberta', other: '# descobertas'})}`,
		legend: (allowed, denied, implicit) => `${allowed} permitido  ${denied} negado  ${implicit} sem Allow`,
		cellLine: (action, way, decision) => `${action} · ${way}: ${decision}`,
		decidedBy: 'decidido por',
		refusedByTrust: 'a política de confiança da função recusa este AssumeRole',
		findingsHere: 'Descobertas',
		noActions: 'nenhuma ação corresponde ao filtro',
		filterPrompt: (text) => `/ ${text}▏  Enter mantém  Esc limpa`,
		filterShown: (text) => `filtro: ${text}`,
		keys: {
			principals: '↑↓ mover  Enter/→ matriz  / filtrar  q sair',
			matrix: '↑↓←→ mover  Enter instrução  Esc voltar  / filtrar  q sair',
			statement: 'Esc/← voltar à matriz  q sair',
		},
	},
});
