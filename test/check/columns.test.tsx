import {Box} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {plainReport} from '../../source/check/output/plain.js';
import type {CheckReport, PrincipalReport} from '../../source/check/types.js';
import {principal} from './support/principal.js';
import {PrincipalList} from '../../source/check/view/principal-list.js';
import {LANGUAGES, setLanguage} from '../../source/words/language.js';

/*
 * check's columns are as wide as the words they hold, in the language in force: the kind of a
 * principal, the severity and the ways of signing are never cut, and what follows them lines up,
 * in English and in Portuguese, at 80 columns.
 */

afterEach(() => {
	cleanup();
	setLanguage('en');
});

const entry = (name: string, kind: 'user' | 'role', severity: 'high' | 'medium' | 'low'): PrincipalReport => ({
	principal: principal(name, kind),
	ways: ['longTermKey', 'noMfaSession', 'freshMfaSession', 'oldMfaSession'],
	actions: ['iam:CreateAccessKey', 's3:ListAllMyBuckets'],
	cells: [
		{action: 'iam:CreateAccessKey', way: 'longTermKey', decision: 'allowed'},
		{action: 'iam:CreateAccessKey', way: 'noMfaSession', decision: 'explicitDeny'},
	],
	findings: [{kind: 'allowedWithoutMfa', severity, principal: name, action: 'iam:CreateAccessKey', way: 'longTermKey'}],
});

const REPORT = {
	target: {kind: 'offline'},
	unexpanded: [],
	principals: [entry('alice', 'user', 'medium'), entry('deploy-ops', 'role', 'high')],
} as unknown as CheckReport;

/** The display column where `word` starts on `line`. */
const columnOf = (line: string, word: string) => stringWidth(line.slice(0, line.indexOf(word)));

describe.each(LANGUAGES)('check columns in %s', (language) => {
	it('the principal list: the kind whole, every name starting in the same column', () => {
		setLanguage(language);
		const {lastFrame} = render(
			<Box width={80}>
				<PrincipalList principals={REPORT.principals} total={2} selected={0} rows={10} color={false} />
			</Box>,
		);
		const rows = (lastFrame() ?? '').split('\n').filter((line) => /alice|deploy-ops/.test(line));
		expect(rows).toHaveLength(2);
		const [user = '', role = ''] = rows;
		expect(columnOf(user, 'alice')).toBe(columnOf(role, 'deploy-ops'));
		// One space at least after the longer kind: neither kind runs into the name.
		expect(user.slice(1, user.indexOf('alice'))).toMatch(/^\S+ +$/);
		expect(role.slice(1, role.indexOf('deploy-ops'))).toMatch(/^\S+ +$/);
	});

	it('--plain: the severity whole, the principal and the finding in line with their headings, each mark under its way', () => {
		setLanguage(language);
		const lines = plainReport(REPORT, {});
		const header = lines[2] ?? '';
		const [severityHeading = '', principalHeading = '', findingHeading = ''] = header.split(/ +/);
		// The findings, high first: deploy-ops's, then alice's (each followed by its fix).
		for (const [row, name] of [
			[lines[3] ?? '', 'deploy-ops'],
			[lines[5] ?? '', 'alice'],
		] as const) {
			const [, level = '', principalColumn = ''] = /^(\S+ +)(\S+ +)/.exec(row) ?? [];
			expect(principalColumn.trim()).toBe(name);
			expect(stringWidth(level)).toBe(columnOf(header, principalHeading));
			expect(stringWidth(level + principalColumn)).toBe(columnOf(header, findingHeading));
		}
		expect(severityHeading).not.toBe('');
		// The matrix: each way's label (two spaces between labels) starts where its column's mark is.
		const title = lines.findIndex((line) => line.endsWith(')') && line.includes('alice'));
		const ways = lines[title + 1] ?? '';
		const marks = lines[title + 2] ?? '';
		expect(marks.startsWith('  iam:CreateAccessKey')).toBe(true);
		const starts = [...ways.matchAll(/\S+(?: \S+)*/g)].map((match) => match.index);
		expect(starts).toHaveLength(4);
		expect(starts.map((at) => marks[at])).toEqual(['●', '✕', '?', '?']);
	});
});
