// A --mfa-process command for the tests: prints the TOTP code of the device whose seed is in
// STS_MFA_TEST_SEED, as an authenticator would, and counts its runs (one line per run in
// STS_MFA_TEST_COUNT_FILE). STS_MFA_TEST_STEP_OFFSET moves it that many 30 s steps ahead: the
// device was just enabled with the current step's code, which AWS never takes twice.
import {appendFileSync} from 'node:fs';
import {HOTP, Secret} from 'otpauth';

const seed = process.env.STS_MFA_TEST_SEED;
if (!seed) {
	console.error('totp-code.mjs: STS_MFA_TEST_SEED is not set');
	process.exit(3);
}
if (process.env.STS_MFA_TEST_COUNT_FILE)
	appendFileSync(process.env.STS_MFA_TEST_COUNT_FILE, `${process.env.STS_MFA_SERIAL ?? ''}\n`);
const step = Math.floor(Date.now() / 30_000) + Number(process.env.STS_MFA_TEST_STEP_OFFSET ?? 0);
process.stdout.write(`${HOTP.generate({secret: Secret.fromBase32(seed), counter: step})}\n`);
