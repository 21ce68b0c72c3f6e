import {localized} from './language.js';

/* `sts-mfa session --write-profile`: why ~/.aws/credentials was left as it was. */

const filesEn = {
	refused: (file: string, message: string) => `${file}: ${message}; nothing was written`,
	unsafe: (message: string) => `${message}; nothing was written`,
	lockTimeout: (file: string, seconds: number) =>
		`another sts-mfa has been writing ${file} for ${seconds} s; nothing was written`,
	unreadable: (line: number, reason: string) =>
		`line ${line}: ${reason} (the AWS CLI and boto3 fail on this file with ConfigParseError); fix that line first`,
	defaultSection: (name: string) => `[${name}] gives its settings to every profile; name another profile`,
	longTermKeys: (profile: string, line: number) =>
		`[${profile}] holds long-term access keys (line ${line}, as botocore reads it); sts-mfa will not replace them with a session. Name another profile for the session, e.g. --write-profile ${profile}-mfa`,
	multiLine: (line: number, key: string, profile: string, keyLine: number) =>
		`line ${line} is indented under '${key}' of [${profile}] (line ${keyLine}), so botocore reads it as part of that value; sts-mfa will not rewrite it. Unindent the line or remove it`,
	wouldChangeOthers: (profile: string, line: number) =>
		`the session's lines cannot be put in [${profile}] without botocore reading the lines near line ${line} differently (an indented line there would join the new settings); unindent it, or name another profile`,
};

/** Why botocore's config parser would refuse the file (the line is named beside it). */
const iniEn = {
	sectionTwice: (name: string, firstLine: number) =>
		`[${name}] appears a second time (first at line ${firstLine}); botocore refuses a file with a section twice`,
	notASetting: (text: string) => `'${text}' is neither a [section], a 'key = value' setting nor a comment`,
	settingTwice: (name: string, section: string, firstLine: number) =>
		`'${name}' is set a second time in [${section}] (first at line ${firstLine}); botocore refuses that`,
	settingBeforeSection: 'a setting stands before any [section] header; botocore refuses the file',
	badNested: (name: string, section: string) =>
		`'${name}' in [${section}] is followed by indented lines that are not 'key = value'; botocore refuses the file`,
};

export const CREDENTIALS_FILE_WORDS = localized<typeof filesEn>({
	en: filesEn,
	'pt-BR': {
		refused: (file, message) => `${file}: ${message}; nada foi gravado`,
		unsafe: (message) => `${message}; nada foi gravado`,
		lockTimeout: (file, seconds) => `outro sts-mfa está gravando ${file} há ${seconds} s; nada foi gravado`,
		unreadable: (line, reason) =>
			`linha ${line}: ${reason} (a AWS CLI e o boto3 falham neste arquivo com ConfigParseError); corrija essa linha antes`,
		defaultSection: (name) => `[${name}] passa as configurações dele a todos os perfis; escolha outro perfil`,
		longTermKeys: (profile, line) =>
			`[${profile}] tem chaves de acesso de longo prazo (linha ${line}, como o botocore a lê); o sts-mfa não as troca por uma sessão. Escolha outro perfil para a sessão, por exemplo --write-profile ${profile}-mfa`,
		multiLine: (line, key, profile, keyLine) =>
			`a linha ${line} está recuada sob '${key}' de [${profile}] (linha ${keyLine}), então o botocore a lê como parte desse valor; o sts-mfa não a reescreve. Tire o recuo da linha ou remova-a`,
		wouldChangeOthers: (profile, line) =>
			`as linhas da sessão não podem entrar em [${profile}] sem que o botocore leia as linhas perto da linha ${line} de outro jeito (uma linha recuada ali se juntaria às novas configurações); tire o recuo, ou escolha outro perfil`,
	},
});

export const BOTOCORE_INI_WORDS = localized<typeof iniEn>({
	en: iniEn,
	'pt-BR': {
		sectionTwice: (name, firstLine) =>
			`[${name}] aparece uma segunda vez (a primeira na linha ${firstLine}); o botocore recusa um arquivo com uma seção repetida`,
		notASetting: (text) => `'${text}' não é uma [seção], uma configuração 'chave = valor' nem um comentário`,
		settingTwice: (name, section, firstLine) =>
			`'${name}' é definido uma segunda vez em [${section}] (a primeira na linha ${firstLine}); o botocore recusa isso`,
		settingBeforeSection: 'uma configuração aparece antes de qualquer cabeçalho [seção]; o botocore recusa o arquivo',
		badNested: (name, section) =>
			`'${name}' em [${section}] é seguido de linhas recuadas que não são 'chave = valor'; o botocore recusa o arquivo`,
	},
});
