import {Box, Text} from 'ink';
import type {Results as ScenarioResults} from '../../scenario/types.js';
import {useTheme} from '../shared/theme.js';
import {ExpiryCountdown} from './expiry-countdown.js';
import {Paragraph} from '../shared/paragraph.js';

export function WithoutMfa({
	result,
	explanation,
	width,
}: {
	readonly result: NonNullable<ScenarioResults['withoutMfa']>;
	/** Why the scenario's policy denied it (the declaration's words). */
	readonly explanation: string;
	readonly width: number;
}) {
	const theme = useTheme();
	if (!result.denied) {
		return (
			<Box flexDirection='column' width={width}>
				<Text bold color={theme.danger}>
					✗ Without MFA: ListBuckets was ALLOWED
				</Text>
				<Paragraph
					text={`The MFA condition is not enforced here; ${result.buckets?.length ?? 0} bucket(s) listed.`}
					width={width}
				/>
			</Box>
		);
	}
	return (
		<Box flexDirection='column' width={width}>
			<Paragraph
				bold
				color={theme.success}
				text={`✓ Without MFA: ListBuckets → ${result.errorCode ?? 'AccessDenied'} (as it should)`}
				width={width}
			/>
			<Paragraph dimColor text={explanation} width={width} />
		</Box>
	);
}

export function WithMfa({
	result,
	width,
	bucketRows,
	sessionEnded = false,
}: {
	readonly result: NonNullable<ScenarioResults['withMfa']>;
	readonly width: number;
	readonly bucketRows: number;
	/** Teardown deleted the session's user: the session is over, whatever its expiry said. */
	readonly sessionEnded?: boolean;
}) {
	const theme = useTheme();
	const shown = result.buckets.slice(0, Math.max(1, bucketRows));
	const more = result.buckets.length - shown.length;
	return (
		<Box flexDirection='column' width={width}>
			<Text bold color={theme.success}>
				✓ With MFA: ListBuckets allowed — {result.buckets.length} bucket(s)
			</Text>
			{/* Two lines: side by side they do not fit at 80 columns, and the countdown is the point. */}
			{result.assumedRoleArn ? (
				<Text wrap='truncate-middle'>as {assumedRolePart(result.assumedRoleArn)}</Text>
			) : (
				<Text wrap='truncate-end'>session key {result.sessionAccessKeyId}</Text>
			)}
			{sessionEnded ? (
				<Text dimColor>ended: its user was deleted</Text>
			) : (
				<ExpiryCountdown expiration={result.expiration} />
			)}
			{shown.map((bucket) => (
				<Text key={bucket.name} wrap='truncate-end'>
					{'  '}• {bucket.name}
				</Text>
			))}
			{more > 0 ? (
				<Text dimColor>
					{'  '}… {more} more
				</Text>
			) : null}
		</Box>
	);
}

/** `assumed-role/ROLE/SESSION`, the part of the ARN a learner reads. */
function assumedRolePart(arn: string): string {
	return arn.slice(arn.indexOf(':assumed-role/') + 1) || arn;
}
