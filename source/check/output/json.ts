/*
 * `--json`: every cell and finding. Policy texts stay out (they are the account's, and long);
 * each cell names its deciding statement.
 */
import {FINDING_FIXES, FINDING_TITLES} from '../../words/check-findings.js';
import {allFindings} from '../report-read.js';
import type {CheckReport} from '../types.js';

export function jsonReport(report: CheckReport) {
	return {
		target: report.target,
		principals: report.principals.map((entry) => ({
			kind: entry.principal.kind,
			name: entry.principal.name,
			arn: entry.principal.arn,
			...(entry.principal.credentials ? {credentials: entry.principal.credentials} : {}),
			policies: [
				...entry.principal.policies,
				...(entry.principal.boundary ? [entry.principal.boundary] : []),
				...(entry.principal.trust ? [entry.principal.trust] : []),
			].map((policy) => ({id: policy.id, kind: policy.kind, ...(policy.group ? {group: policy.group} : {})})),
			ways: entry.ways,
			actions: entry.actions,
			cells: entry.cells,
			findings: entry.findings.length,
		})),
		findings: allFindings(report).map((finding) => ({
			...finding,
			title: FINDING_TITLES[finding.kind],
			fix: FINDING_FIXES[finding.kind],
		})),
		unexpanded: report.unexpanded,
	};
}
