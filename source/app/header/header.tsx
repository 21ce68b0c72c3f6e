import {memo} from 'react';
import {Box, Text} from 'ink';
import type {CallerIdentity} from '../../aws/types.js';
import type {Target} from '../../scenario/types.js';
import {useTheme} from '../shared/theme.js';

export interface HeaderProps {
	readonly target: Target;
	readonly identity?: CallerIdentity;
	readonly width: number;
	/** Title above the target, for narrow columns. */
	readonly stacked?: boolean;
}

/** Where the calls go, said plainly: a local sandbox is never mistaken for an account. */
export function describeTarget(target: Target, identity?: CallerIdentity): string {
	switch (target.kind) {
		case 'sandbox':
			return `LOCAL SANDBOX — not AWS · ${target.region}`;
		case 'aws': {
			// A profile's endpoint_url (or AWS_ENDPOINT_URL) sends the calls elsewhere: name where.
			const where = target.endpoint ? `Endpoint ${target.endpoint}` : 'AWS';
			const profile = target.profile ? `profile ${target.profile} · ` : '';
			if (!identity) return `${where} · ${profile}${target.region}`;
			return target.endpoint
				? `${where} · account ${identity.account} · ${identity.arn} · ${target.region}`
				: `AWS account ${identity.account} · ${identity.arn} · ${target.region}`;
		}
		case 'endpoint':
			return `Endpoint ${target.endpoint ?? '?'} · ${target.region}`;
		default: {
			const unknown: never = target.kind;
			return unknown;
		}
	}
}

export const Header = memo(function Header({target, identity, width, stacked = false}: HeaderProps) {
	const theme = useTheme();
	const targetColor = target.kind === 'aws' ? 'yellow' : 'green';
	return (
		<Box width={width} flexDirection={stacked ? 'column' : 'row'}>
			{/* The title never shrinks: a long target is cut in its own box, not glued to "sts-mfa". */}
			<Box flexShrink={0} marginRight={1}>
				<Text bold color={theme.accent}>
					sts-mfa
				</Text>
			</Box>
			<Box flexGrow={1} justifyContent={stacked ? 'flex-start' : 'flex-end'}>
				<Text wrap={stacked ? 'wrap' : 'truncate-middle'} bold color={theme.paint(targetColor)}>
					{describeTarget(target, identity)}
				</Text>
			</Box>
		</Box>
	);
});
