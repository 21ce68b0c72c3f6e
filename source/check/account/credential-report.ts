/*
 * Console passwords from the credential report: GenerateCredentialReport until it is COMPLETE
 * (IAM builds it in the background; a few seconds), then GetCredentialReport's CSV.
 */
import {GenerateCredentialReportCommand, GetCredentialReportCommand, type IAMClient} from '@aws-sdk/client-iam';
import {parse} from 'csv-parse/sync';
import {CHECK_ERRORS} from '../../words/check.js';
import {readCall} from './errors.js';
import {credentialReport, credentialReportRow, generateReport} from './shapes.js';
import {UnexpectedAnswerError, validated} from './validate.js';

/** Bounded: about 30 s of polling, then the report is said to be late. */
const ATTEMPTS = 12;
const MAX_REPORT_BYTES = 16 * 1024 * 1024;

export async function passwordsByUser(client: IAMClient, wait = backoff): Promise<Map<string, boolean>> {
	for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
		const answer = await readCall('GenerateCredentialReport', () =>
			client.send(new GenerateCredentialReportCommand({})),
		);
		if (validated(generateReport, 'GenerateCredentialReport', answer).State === 'COMPLETE') return readReport(client);
		await wait(attempt);
	}
	throw new UnexpectedAnswerError('GenerateCredentialReport', CHECK_ERRORS.details.reportIncomplete(ATTEMPTS));
}

async function readReport(client: IAMClient): Promise<Map<string, boolean>> {
	const answer = await readCall('GetCredentialReport', () => client.send(new GetCredentialReportCommand({})));
	const report = validated(credentialReport, 'GetCredentialReport', answer);
	if (report.Content.byteLength > MAX_REPORT_BYTES)
		throw new UnexpectedAnswerError('GetCredentialReport', CHECK_ERRORS.details.reportTooLarge);
	let rows: unknown[];
	try {
		rows = parse(new TextDecoder().decode(report.Content), {columns: true, skip_empty_lines: true}) as unknown[];
	} catch {
		throw new UnexpectedAnswerError('GetCredentialReport', CHECK_ERRORS.details.reportNotCsv);
	}
	const passwords = new Map<string, boolean>();
	for (const row of rows) {
		const checked = validated(credentialReportRow, 'GetCredentialReport', row);
		passwords.set(checked.user, checked.password_enabled === 'true');
	}
	return passwords;
}

const backoff = (attempt: number) =>
	new Promise<void>((resolve) => setTimeout(resolve, Math.min(500 * 2 ** attempt, 4000)));
