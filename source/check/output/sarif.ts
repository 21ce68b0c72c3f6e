/*
 * `--format sarif` (SARIF 2.1.0), for code scanning of policy files: one rule per kind of finding,
 * one result per finding, located at the deciding statement's line in its file.
 */
import packageJson from '../../../package.json' with {type: 'json'};
import {FINDING_FIXES, FINDING_TITLES, findingLine} from '../../words/check-findings.js';
import {allFindings} from '../report-read.js';
import type {CheckReport, Finding, FindingKind, Severity} from '../types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {high: 'error', medium: 'warning', low: 'note'};
const KINDS = Object.keys(FINDING_TITLES) as FindingKind[];

export function sarifReport(report: CheckReport) {
	return {
		$schema: SCHEMA,
		version: '2.1.0',
		runs: [
			{
				tool: {
					driver: {
						name: 'sts-mfa check',
						version: packageJson.version,
						rules: KINDS.map((kind) => ({
							id: kind,
							shortDescription: {text: FINDING_TITLES[kind]},
							help: {text: FINDING_FIXES[kind]},
						})),
					},
				},
				results: allFindings(report).map(result),
			},
		],
	};
}

function result(finding: Finding) {
	const decider = finding.decidedBy;
	return {
		ruleId: finding.kind,
		ruleIndex: KINDS.indexOf(finding.kind),
		level: LEVEL[finding.severity],
		message: {text: `${findingLine(finding)}. ${FINDING_FIXES[finding.kind]}`},
		...(decider?.file
			? {
					locations: [
						{
							physicalLocation: {
								artifactLocation: {uri: encodeURI(decider.file.replaceAll('\\', '/'))},
								...(decider.line ? {region: {startLine: decider.line}} : {}),
							},
						},
					],
				}
			: {}),
	};
}
