import {describe, expect, it} from 'vitest';
import {AwsError} from '../../../source/aws/errors.js';
import {checkSerial, type SessionError} from '../../../source/commands/session/errors.js';
import {clockNote, explainRefusal} from '../../../source/commands/session/explain.js';

const context = {
	serialNumber: 'arn:aws:iam::123456789012:mfa/alice',
	callerArn: 'arn:aws:iam::123456789012:user/alice',
	sourceAccessKeyId: 'AKIAEXAMPLE',
};

function refusal(message: string, kind: AwsError['kind'] = 'invalidMfaCode') {
	return new AwsError({kind, message, service: 'sts', operation: 'GetSessionToken', awsCode: 'AccessDenied'});
}

describe('GetSessionToken refusals, explained', () => {
	it('says to wait for the next code, and mentions the clock only when it is off', () => {
		const refused = refusal(
			'STS GetSessionToken: MultiFactorAuthentication failed with invalid MFA one time pass code.',
		);
		const explained = explainRefusal(refused, {...context, clockSkewMs: 2000}) as SessionError;
		expect(explained.code).toBe('Session.CodeRefused');
		expect(explained.message).toContain('Wait for the next code');
		expect(explained.message).not.toContain('clock');
		const offBy = explainRefusal(refused, {...context, clockSkewMs: -95_000}) as SessionError;
		expect(offBy.message).toContain("this machine's clock is 95 s ahead of the server's");
	});

	it('names the caller when the device is not theirs', () => {
		const refused = refusal(
			'STS GetSessionToken: MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.',
		);
		const explained = explainRefusal(refused, context) as SessionError;
		expect(explained.exitCode).toBe(2);
		expect(explained.message).toContain(`not assigned to ${context.callerArn}`);
	});

	it('turns session credentials as the source into a usage error', () => {
		const refused = refusal(
			'STS GetSessionToken: Cannot call GetSessionToken with session credentials',
			'accessDenied',
		);
		const explained = explainRefusal(refused, context) as SessionError;
		expect(explained.exitCode).toBe(2);
		expect(explained.message).toContain('GetSessionToken needs long-term keys');
	});

	it('says which way the clock is off', () => {
		expect(clockNote(40_000)).toContain('40 s behind');
		expect(clockNote(-40_000)).toContain('40 s ahead of');
		expect(clockNote(29_000)).toBeUndefined();
		expect(clockNote(undefined)).toBeUndefined();
	});

	it('leaves other failures as they were', () => {
		const network = new AwsError({kind: 'network', message: 'no answer', service: 'sts', operation: 'GetSessionToken'});
		expect(explainRefusal(network, context)).toBe(network);
	});
});

describe('serials', () => {
	it("shows the device serial's form when given a user's ARN", () => {
		expect(() => checkSerial('arn:aws:iam::123456789012:user/team/alice', '--serial')).toThrow(
			'arn:aws:iam::123456789012:mfa/alice',
		);
	});

	it('takes virtual and hardware serials', () => {
		expect(checkSerial('arn:aws:iam::123456789012:mfa/alice', '--serial')).toBe('arn:aws:iam::123456789012:mfa/alice');
		expect(checkSerial('GAHT12345678', '--serial')).toBe('GAHT12345678');
		expect(() => checkSerial('alice', '--serial')).toThrow(/not an MFA serial/);
	});
});
