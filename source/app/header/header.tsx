import {memo} from 'react';
import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import type {CallerIdentity} from '../../aws/types.js';
import type {Target} from '../../scenario/types.js';
import {DASHBOARD_WORDS as WORDS} from '../../words/dashboard.js';
import {fitText} from '../shared/fit-text.js';
import {useTheme} from '../shared/theme.js';

export interface HeaderProps {
	readonly target: Target;
	readonly identity?: CallerIdentity;
	readonly width: number;
	/** Title above the target, for narrow columns. */
	readonly stacked?: boolean;
}

const SEPARATOR = ' · ';
/** "sts-mfa" and the space after it. */
const TITLE_COLUMNS = 8;

/** Where the calls go, in parts ("LOCAL SANDBOX — not AWS", the account, the region): a local sandbox is never mistaken for an account. */
export function targetParts(target: Target, identity?: CallerIdentity): string[] {
	switch (target.kind) {
		case 'sandbox':
			return [WORDS.localSandbox, target.region];
		case 'aws': {
			// A profile's endpoint_url (or AWS_ENDPOINT_URL) sends the calls elsewhere: name where.
			const where = target.endpoint ? WORDS.endpoint(target.endpoint) : 'AWS';
			if (!identity) return [where, ...(target.profile ? [WORDS.profile(target.profile)] : []), target.region];
			return target.endpoint
				? [where, WORDS.account(identity.account), identity.arn, target.region]
				: [WORDS.awsAccount(identity.account), identity.arn, target.region];
		}
		case 'endpoint':
			return [WORDS.endpoint(target.endpoint ?? '?'), target.region];
		default: {
			const unknown: never = target.kind;
			return unknown;
		}
	}
}

export function describeTarget(target: Target, identity?: CallerIdentity): string {
	return targetParts(target, identity).join(SEPARATOR);
}

/**
 * One line: the parts whole where they fit; otherwise the longest (the ARN, an endpoint) shortened at
 * a boundary, or left out when too little of it would remain; the account id and the region stay
 * whole ("acc…:iam::454928032119:root" was Ink's cut).
 */
function oneLine(parts: readonly string[], width: number): string {
	const whole = parts.join(SEPARATOR);
	if (stringWidth(whole) <= width || parts.length === 1) return fitText(whole, width);
	const longest = parts.reduce(
		(widest, part, index) => (stringWidth(part) > stringWidth(parts[widest] ?? '') ? index : widest),
		0,
	);
	const room = width - (stringWidth(whole) - stringWidth(parts[longest] ?? ''));
	if (room >= 12) return parts.map((part, index) => (index === longest ? fitText(part, room) : part)).join(SEPARATOR);
	return oneLine(
		parts.filter((_, index) => index !== longest),
		width,
	);
}

/** Lines for a narrow column: parts joined while they fit, each line broken only between parts. */
function stackedLines(parts: readonly string[], width: number): string[] {
	const lines: string[] = [];
	for (const part of parts) {
		const last = lines.at(-1);
		if (last !== undefined && stringWidth(`${last}${SEPARATOR}${part}`) <= width)
			lines[lines.length - 1] = `${last}${SEPARATOR}${part}`;
		else lines.push(fitText(part, width));
	}
	return lines;
}

export const Header = memo(function Header({target, identity, width, stacked = false}: HeaderProps) {
	const theme = useTheme();
	const color = theme.paint(target.kind === 'aws' ? 'warning' : 'success');
	const parts = targetParts(target, identity);
	const lines = stacked ? stackedLines(parts, width) : [oneLine(parts, width - TITLE_COLUMNS)];
	return (
		<Box width={width} flexDirection={stacked ? 'column' : 'row'}>
			{/* The title never shrinks: a long target is shortened in its own box, not glued to "sts-mfa". */}
			<Box flexShrink={0} marginRight={1}>
				<Text bold color={theme.accent}>
					sts-mfa
				</Text>
			</Box>
			<Box flexGrow={1} flexDirection='column' alignItems={stacked ? 'flex-start' : 'flex-end'}>
				{lines.map((line) => (
					<Text key={line} wrap='truncate-end' bold color={color}>
						{line}
					</Text>
				))}
			</Box>
		</Box>
	);
});
