import {describe, expect, it} from 'vitest';
import {demoNames, newRunId, otpauthUri, QR_VERSION_6_BYTES} from '../../source/scenario/names.js';
import {Secret} from '../../source/secret.js';

describe('the otpauth URI the QR code encodes', () => {
	it('fits a version-6 QR code (23 terminal rows) for every run id and a 64-character AWS seed', () => {
		const seed = new Secret('A'.repeat(64));
		for (let i = 0; i < 50; i++) {
			const {deviceName} = demoNames(newRunId());
			const uri = otpauthUri(deviceName, '123456789012', seed).reveal();
			expect(Buffer.byteLength(uri)).toBeLessThanOrEqual(QR_VERSION_6_BYTES);
			expect(uri).toMatch(/^otpauth:\/\/totp\/sts-mfa-demo-[a-z0-9]+@123456789012\?secret=A{64}&issuer=AWS$/);
		}
	});
});
