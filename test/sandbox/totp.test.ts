import {describe, expect, it} from 'vitest';
import {
	checkEnableCodes,
	checkFreshCode,
	codeAt,
	codeForStep,
	matchStep,
	newSeed,
	otpauthUri,
	timeStep,
} from '../../source/sandbox/totp.js';

// RFC 6238 Appendix B: the SHA-1 key is the ASCII string "12345678901234567890".
const rfcSeed = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const rfcVectors: Array<[seconds: number, eightDigits: string]> = [
	[59, '94287082'],
	[1_111_111_109, '07081804'],
	[1_111_111_111, '14050471'],
	[1_234_567_890, '89005924'],
	[2_000_000_000, '69279037'],
	[20_000_000_000, '65353130'],
];

const seed = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const now = 1_700_000_015_000; // 15 s into a step
const step = timeStep(now);
const code = (offset: number) => codeForStep(seed, step + offset);

describe('RFC 6238 test vectors (SHA-1)', () => {
	it.each(rfcVectors)('at %i s the 6-digit code is the last six digits of %s', (seconds, eight) => {
		expect(codeAt(rfcSeed, seconds * 1000)).toBe(eight.slice(2));
	});

	it('numbers time steps in 30-second periods from the epoch', () => {
		expect(timeStep(0)).toBe(0);
		expect(timeStep(29_999)).toBe(0);
		expect(timeStep(30_000)).toBe(1);
		expect(timeStep(59_000)).toBe(1);
	});
});

describe('newSeed', () => {
	it('is 64 Base32 characters (40 random bytes), different every time', () => {
		const a = newSeed();
		const b = newSeed();
		expect(a).toMatch(/^[A-Z2-7]{64}$/);
		expect(b).toMatch(/^[A-Z2-7]{64}$/);
		expect(a).not.toBe(b);
		expect(codeAt(a, now)).toMatch(/^\d{6}$/);
	});
});

describe('otpauthUri', () => {
	it("has AWS's observed form", () => {
		expect(otpauthUri({label: 'demo-device', account: '123456789012', seed: 'ABCD'})).toBe(
			'otpauth://totp/Amazon%20Web%20Services:demo-device@123456789012?secret=ABCD&issuer=Amazon%20Web%20Services',
		);
	});
});

describe('matchStep', () => {
	it('accepts the current step and one step of drift either way', () => {
		expect(matchStep(seed, code(0), now)).toBe(step);
		expect(matchStep(seed, code(-1), now)).toBe(step - 1);
		expect(matchStep(seed, code(1), now)).toBe(step + 1);
	});

	it('refuses two steps of drift', () => {
		expect(matchStep(seed, code(-2), now)).toBeUndefined();
		expect(matchStep(seed, code(2), now)).toBeUndefined();
	});

	it('honours a wider window when asked', () => {
		expect(matchStep(seed, code(-2), now, 2)).toBe(step - 2);
	});

	it.each(['', '12345', '1234567', '12a456', ' 123456', '123456 ', '１２３４５６', '12345.'])(
		'refuses %j, which is not exactly six ASCII digits',
		(bad) => {
			expect(matchStep(seed, bad, now, 1_000)).toBeUndefined();
		},
	);

	it('refuses a code with one digit changed', () => {
		const right = code(0);
		const wrong = `${right.slice(0, 5)}${(Number(right[5]) + 1) % 10}`;
		expect([code(-1), code(0), code(1)]).not.toContain(wrong);
		expect(matchStep(seed, wrong, now)).toBeUndefined();
	});
});

describe('checkEnableCodes', () => {
	it('accepts two consecutive codes ending now and returns the second step', () => {
		expect(checkEnableCodes(seed, code(-1), code(0), now)).toBe(step);
	});

	it('accepts a first code two steps old when the second is one step old', () => {
		expect(checkEnableCodes(seed, code(-2), code(-1), now)).toBe(step - 1);
	});

	it('accepts a pair ending one step ahead (clock drift)', () => {
		expect(checkEnableCodes(seed, code(0), code(1), now)).toBe(step + 1);
	});

	it('refuses a pair whose second code is two steps old', () => {
		expect(checkEnableCodes(seed, code(-3), code(-2), now)).toBeUndefined();
	});

	it('refuses codes in the wrong order, repeated, or not consecutive', () => {
		expect(checkEnableCodes(seed, code(0), code(-1), now)).toBeUndefined();
		expect(checkEnableCodes(seed, code(0), code(0), now)).toBeUndefined();
		expect(checkEnableCodes(seed, code(-2), code(0), now)).toBeUndefined();
	});

	it('refuses malformed first codes', () => {
		expect(checkEnableCodes(seed, 'abcdef', code(0), now)).toBeUndefined();
		expect(checkEnableCodes(seed, code(-1).slice(1), code(0), now)).toBeUndefined();
	});

	it('refuses a pair that reuses a step already accepted (resync after enable)', () => {
		expect(checkEnableCodes(seed, code(-1), code(0), now, step - 1)).toBeUndefined();
		expect(checkEnableCodes(seed, code(0), code(1), now, step - 1)).toBe(step + 1);
	});
});

describe('checkFreshCode', () => {
	it('accepts a current code for a device with no accepted step', () => {
		expect(checkFreshCode(seed, code(0), now)).toBe(step);
	});

	it('refuses the code that was just accepted, and older ones', () => {
		expect(checkFreshCode(seed, code(0), now, step)).toBeUndefined();
		expect(checkFreshCode(seed, code(-1), now, step)).toBeUndefined();
	});

	it('after enabling with N and N+1, needs a code newer than N+1', () => {
		const enabled = checkEnableCodes(seed, code(-1), code(0), now);
		expect(enabled).toBe(step);
		expect(checkFreshCode(seed, code(0), now, enabled)).toBeUndefined();
		const thirtySecondsLater = now + 30_000;
		expect(checkFreshCode(seed, code(1), thirtySecondsLater, enabled)).toBe(step + 1);
	});

	it('keeps the drift limit: ±1 accepted, ±2 refused', () => {
		expect(checkFreshCode(seed, code(1), now)).toBe(step + 1);
		expect(checkFreshCode(seed, code(-1), now)).toBe(step - 1);
		expect(checkFreshCode(seed, code(2), now)).toBeUndefined();
		expect(checkFreshCode(seed, code(-2), now)).toBeUndefined();
	});

	it('refuses codes that are not six digits', () => {
		expect(checkFreshCode(seed, `${code(0)}0`, now)).toBeUndefined();
		expect(checkFreshCode(seed, '', now)).toBeUndefined();
	});
});
