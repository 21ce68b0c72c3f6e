import {fitText} from '../shared/fit-text.js';
import {Box, Text} from 'ink';
import type {Results as ScenarioResults} from '../../scenario/types.js';
import {useTheme} from '../shared/theme.js';
import {ExpiryCountdown} from './expiry-countdown.js';
import {Paragraph, wrapWords} from '../shared/paragraph.js';
import type {ScenarioDeclaration} from '../../scenario/declaration.js';
import {denialLines} from '../../words/denial.js';
import {PANEL_WORDS as WORDS} from '../../words/panels.js';
import stringWidth from 'string-width';
import {allowedLine, bypassLine, deniedLine, notEnforcedLine, wronglyAllowedLine} from '../../words/results.js';

/** Whole lines that fit in `rows` (each wrapped at `width`): a sentence is shown entire or not at all. */
export function fitting(lines: readonly string[], width: number, rows: number): string[] {
	const shown: string[] = [];
	let used = 0;
	for (const line of lines) {
		used += wrapWords(line, width).length;
		if (used > rows) break;
		shown.push(line);
	}
	return shown;
}

export function WithoutMfa({
	result,
	scenario,
	asking,
	width,
	rows,
}: {
	readonly result: NonNullable<ScenarioResults['withoutMfa']>;
	/** The scenario whose request was denied: its words for the request and for why. */
	readonly scenario: ScenarioDeclaration;
	/** The step is still running: the simulator is being asked why. */
	readonly asking: boolean;
	readonly width: number;
	readonly rows: number;
}) {
	const theme = useTheme();
	if (!result.denied) {
		return (
			<Box flexDirection='column' width={width}>
				<Paragraph bold color={theme.danger} text={`✗ ${wronglyAllowedLine(scenario)}`} width={width} />
				<Paragraph text={notEnforcedLine(result.buckets?.length ?? 0)} width={width} />
			</Box>
		);
	}
	const outcome = `✓ ${deniedLine(scenario, result.errorCode)}`;
	const why = asking ? [] : denialLines(scenario, result.explanation);
	return (
		<Box flexDirection='column' width={width}>
			<Paragraph bold color={theme.success} text={outcome} width={width} />
			{asking ? <Text dimColor>{WORDS.askingWhy}</Text> : null}
			{fitting(why, width, rows - wrapWords(outcome, width).length).map((line) => (
				<Paragraph key={line} text={line} width={width} />
			))}
		</Box>
	);
}

/** The buckets a request listed, one a line, as many as `rows` allow, then how many more. */
function BucketList({buckets, rows}: {readonly buckets: readonly {readonly name: string}[]; readonly rows: number}) {
	const shown = buckets.slice(0, Math.max(1, rows));
	const more = buckets.length - shown.length;
	return (
		<>
			{shown.map((bucket) => (
				<Text key={bucket.name} wrap='truncate-end'>
					{'  '}• {bucket.name}
				</Text>
			))}
			{more > 0 ? (
				<Text dimColor>
					{'  '}
					{WORDS.moreBuckets(more)}
				</Text>
			) : null}
		</>
	);
}

export function WithMfa({
	result,
	scenario,
	width,
	bucketRows,
	sessionEnded = false,
}: {
	readonly result: NonNullable<ScenarioResults['withMfa']>;
	readonly scenario: ScenarioDeclaration;
	readonly width: number;
	readonly bucketRows: number;
	/**
	 * Teardown deleted the session's principal (the demo user, or the role it assumed): the session
	 * is over, whatever its expiry said.
	 */
	readonly sessionEnded?: boolean;
}) {
	const theme = useTheme();
	return (
		<Box flexDirection='column' width={width}>
			<Text bold color={theme.success}>
				✓ {allowedLine(scenario, result.buckets.length)}
			</Text>
			{/* Two lines: side by side they do not fit at 80 columns, and the countdown is the point. */}
			{result.assumedRoleArn ? (
				<Text wrap='truncate-end'>
					{WORDS.as}
					{fitText(assumedRolePart(result.assumedRoleArn), width - stringWidth(WORDS.as))}
				</Text>
			) : (
				<Text wrap='truncate-end'>{WORDS.sessionKey(result.sessionAccessKeyId)}</Text>
			)}
			{sessionEnded ? (
				<Text dimColor>{result.assumedRoleArn ? WORDS.roleSessionEnded : WORDS.sessionEnded}</Text>
			) : (
				<ExpiryCountdown expiration={result.expiration} />
			)}
			<BucketList buckets={result.buckets} rows={bucketRows} />
		</Box>
	);
}

/** A bypass step: the request without MFA that the mistaken policy let through, shown as the mistake, and what it listed. */
export function Bypass({
	result,
	scenario,
	width,
	bucketRows,
}: {
	readonly result: NonNullable<ScenarioResults['bypass']>;
	readonly scenario: ScenarioDeclaration;
	readonly width: number;
	readonly bucketRows: number;
}) {
	const theme = useTheme();
	return (
		<Box flexDirection='column' width={width}>
			<Paragraph bold color={theme.danger} text={`✗ ${bypassLine(scenario, result.buckets.length)}`} width={width} />
			<BucketList buckets={result.buckets} rows={bucketRows} />
		</Box>
	);
}

/** `assumed-role/ROLE/SESSION`, the part of the ARN a learner reads. */
function assumedRolePart(arn: string): string {
	return arn.slice(arn.indexOf(':assumed-role/') + 1) || arn;
}
