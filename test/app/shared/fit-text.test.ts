import {describe, expect, it} from 'vitest';
import {fitAtBoundary, fitText, wrapWords} from '../../../source/app/shared/fit-text.js';

describe('text shortened without cutting a word or a name', () => {
	it('leaves text that fits alone', () => {
		expect(fitText('sts-mfa-demo-5xtbhlrm', 23)).toBe('sts-mfa-demo-5xtbhlrm');
	});

	it("keeps an MFA device's name and its state, leaving out the start of the ARN at a boundary", () => {
		const text = 'arn:aws:iam::919812345678:mfa/sts-mfa/sts-mfa-demo-5xtbhlrm (enabled)';
		expect(fitText(text, 45)).toBe('…:mfa/sts-mfa/sts-mfa-demo-5xtbhlrm (enabled)');
		expect(fitText(text, 33)).toBe('…/sts-mfa-demo-5xtbhlrm (enabled)');
		// No room for the state beside the name: the name, whole, comes first.
		expect(fitText(text, 23)).toBe('…/sts-mfa-demo-5xtbhlrm');
	});

	it('keeps the account id whole in a caller ARN', () => {
		expect(fitText('Account 454928032119 arn:aws:iam::454928032119:root', 30)).toBe('Account 454928032119…');
		expect(fitText('arn:aws:iam::454928032119:root', 25)).toBe('…:iam::454928032119:root');
		expect(fitText('arn:aws:iam::454928032119:root', 20)).toBe('…:454928032119:root');
	});

	it('shortens a hyphenated name at a hyphen and keeps its state', () => {
		expect(fitText('sts-mfa-list-buckets-with-mfa (in force)', 24)).toBe('sts-mfa-list… (in force)');
		expect(fitText('sts-mfa-list-buckets-with-mfa', 23)).toBe('sts-mfa-list-buckets…');
	});

	it('cuts prose between words, never inside one', () => {
		const fitted = fitText('delete inline policy sts-mfa-list-buckets-with-mfa', 30);
		expect(fitted).toBe('delete inline policy…');
		for (const width of [10, 17, 25, 44]) {
			const text = fitText('Secret key (manual entry), s to hide: press s again', width);
			expect(text.length).toBeLessThanOrEqual(width);
			expect(text).toMatch(/^(\S+ )*\S+…$|^[^…]+$/);
		}
	});

	it('keeps a device\'s name alone when even "…/name" is too wide', () => {
		const serial = 'arn:aws:iam::919812345678:mfa/sts-mfa/sts-mfa-demo-5xtbhlrm';
		expect(fitText(`${serial} (enabled)`, 22)).toBe('sts-mfa-demo-5xtbhlrm');
	});

	it('says when only a cut inside a word would fit (a key id beside "deleting…")', () => {
		expect(fitAtBoundary('AKIAPFVRASKTO2VNVAPJ', 12)).toBeUndefined();
		expect(fitAtBoundary('AKIAPFVRASKTO2VNVAPJ', 20)).toBe('AKIAPFVRASKTO2VNVAPJ');
	});

	it('wraps between words, and shortens an ARN wider than a line on its own line', () => {
		const summary = 'Allow sts:AssumeRole on arn:aws:iam::571549919641:role/sts-mfa/sts-mfa-demo-us7ow65s';
		expect(wrapWords(summary, 45)).toEqual(['Allow sts:AssumeRole on', '…:role/sts-mfa/sts-mfa-demo-us7ow65s']);
		expect(wrapWords('if Bool aws:MultiFactorAuthPresent = "true"', 45)).toEqual([
			'if Bool aws:MultiFactorAuthPresent = "true"',
		]);
	});
});
