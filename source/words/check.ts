/* The words of `sts-mfa check` outside the findings: errors, headings, notes. */

export const CHECK_WORDS = {
	offlinePrincipal: 'policy files',
	noFindings: 'No finding: every checked action needs MFA where MFA is meant to be required.',
	summary: (principals: number, cells: number, findings: number) =>
		`${principals} principal(s), ${cells} cell(s), ${findings} finding(s)`,
	unexpanded: (pattern: string, covers: number) =>
		`${pattern} covers ${covers} actions: not listed one by one (the built-in set still runs; --actions names more)`,
	progress: (done: number, total: number) => `simulating ${done}/${total}`,
	headings: {
		severity: 'SEVERITY',
		principal: 'PRINCIPAL',
		finding: 'FINDING',
		fix: 'fix:',
		matrix: 'MATRIX',
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

export const CHECK_ERRORS = {
	policyUnreadable: (file: string, reason: string) => `cannot read policy file ${file}: ${reason}`,
	actionsUnreadable: (file: string, reason: string) => `cannot read the actions file ${file}: ${reason}`,
	policyInvalid: (file: string, reason: string) => `${file} is not a valid IAM policy: ${reason}`,
	noTarget:
		"say what to check: --aws (an account, through your AWS profile), --endpoint URL, or --policy FILE... (offline); see 'sts-mfa check --help'",
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
	notFound: (kind: string, name: string) => `no ${kind} named '${name}' in the account`,
	invalidResponse: (operation: string, detail: string) =>
		`${operation} answered something that is not its documented shape (${detail}); nothing was evaluated from it`,
};

/** The dashboard's words. */
export const CHECK_DASHBOARD = {
	title: 'sts-mfa check',
	target: (kind: 'offline' | 'aws' | 'endpoint', where: string | undefined) =>
		kind === 'offline'
			? 'policy files (offline)'
			: kind === 'aws'
				? `AWS ${where ?? ''}`.trim()
				: `Endpoint ${where ?? ''}`.trim(),
	counts: (high: number, medium: number, low: number) => `${high} high · ${medium} medium · ${low} low`,
	principalsHeading: (shown: number, total: number) => `Principals (${shown} of ${total})`,
	noFindingShort: 'no finding',
	findingCount: (high: number, medium: number, low: number) =>
		[high && `${high} high`, medium && `${medium} medium`, low && `${low} low`].filter(Boolean).join(' · '),
	matrixHeading: (kind: string, name: string, findings: number) => `${kind} ${name} · ${findings} finding(s)`,
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
