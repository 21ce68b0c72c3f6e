import {afterEach, describe, expect, it} from 'vitest';
import {summarisePolicy} from '../../source/app/resources/policy-json.js';
import {setLanguage} from '../../source/words/language.js';

afterEach(() => setLanguage('en'));

// The Guide's force-MFA Deny: every action but the MFA self-service ones, unless signed in with MFA.
const FORCE_MFA = JSON.stringify({
	Version: '2012-10-17',
	Statement: [
		{Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*'},
		{
			Effect: 'Deny',
			NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'sts:GetSessionToken'],
			Resource: '*',
			Condition: {BoolIfExists: {'aws:MultiFactorAuthPresent': 'false'}},
		},
	],
});

describe('a policy summarised one line per statement', () => {
	it('says what a NotAction statement covers, rather than "?"', () => {
		expect(summarisePolicy(FORCE_MFA)).toEqual([
			'Allow s3:ListAllMyBuckets on *',
			'Deny every action but 3 on * if BoolIfExists aws:MultiFactorAuthPresent = "false"',
		]);
	});

	it('in Brazilian Portuguese, with IAM names as IAM writes them', () => {
		setLanguage('pt-BR');
		expect(summarisePolicy(FORCE_MFA)).toEqual([
			'Allow s3:ListAllMyBuckets em *',
			'Deny todas as ações menos 3 em * se BoolIfExists aws:MultiFactorAuthPresent = "false"',
		]);
	});
});
