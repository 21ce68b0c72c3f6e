/* `sts-mfa session --write-profile`: why ~/.aws/credentials was left as it was. */

export const CREDENTIALS_FILE_WORDS = {
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
} as const;

/** Why botocore's config parser would refuse the file (the line is named beside it). */
export const BOTOCORE_INI_WORDS = {
	sectionTwice: (name: string, firstLine: number) =>
		`[${name}] appears a second time (first at line ${firstLine}); botocore refuses a file with a section twice`,
	notASetting: (text: string) => `'${text}' is neither a [section], a 'key = value' setting nor a comment`,
	settingTwice: (name: string, section: string, firstLine: number) =>
		`'${name}' is set a second time in [${section}] (first at line ${firstLine}); botocore refuses that`,
	settingBeforeSection: 'a setting stands before any [section] header; botocore refuses the file',
	badNested: (name: string, section: string) =>
		`'${name}' in [${section}] is followed by indented lines that are not 'key = value'; botocore refuses the file`,
} as const;
