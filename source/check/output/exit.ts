import type {CheckReport, Severity} from '../types.js';
import {allFindings} from '../report-read.js';

/** `--fail-on`: the least severe finding that fails the run; `none` never fails it. */
export type FailOn = Severity | 'none';

const RANK: Record<Severity, number> = {high: 3, medium: 2, low: 1};

/** 0 with no finding at or above the threshold, 1 with one (2, usage, is the CLI's). */
export function checkExitStatus(report: CheckReport, failOn: FailOn): 0 | 1 {
	if (failOn === 'none') return 0;
	return allFindings(report).some((finding) => RANK[finding.severity] >= RANK[failOn]) ? 1 : 0;
}
