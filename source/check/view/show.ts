import type {CheckIo} from '../../commands/check.js';
import {plainReport} from '../output/plain.js';
import type {CheckReport} from '../types.js';

/** The dashboard; until it lands, the table. */
export async function showCheckDashboard(report: CheckReport, io: CheckIo): Promise<void> {
	io.stdout.write(`${plainReport(report, io.env).join('\n')}\n`);
}
