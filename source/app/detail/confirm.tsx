import {Box, Text} from 'ink';
import type {ScenarioState} from '../../scenario/types.js';
import {useTheme} from '../shared/theme.js';

/** Before anything is created: who we are, and exactly what will be created (and later deleted). */
export function Confirm({state, width}: {readonly state: ScenarioState; readonly width: number}) {
	const theme = useTheme();
	const {names, identity, preflight} = state;
	const missing = preflight?.missingPermissions ?? [];
	return (
		<Box flexDirection='column' width={width}>
			<Text bold>Ready to create (all deleted at the end):</Text>
			{identity ? <Text wrap='truncate-middle'>as {identity.arn}</Text> : null}
			<Text wrap='truncate-middle'>
				• IAM user {names.path}
				{names.userName}
			</Text>
			<Text wrap='truncate-middle'>• virtual MFA device {names.deviceName}</Text>
			<Text>• an access key for the user</Text>
			<Text wrap='truncate-middle'>• inline policy {names.policyName}</Text>
			<Text dimColor wrap='truncate-end'>
				tagged {names.tags.map((tag) => `${tag.key}=${tag.value}`).join(', ')}
			</Text>
			{preflight?.isRoot ? (
				<Text color={theme.warning} wrap='wrap'>
					⚠ You are signed in as the account's root user; an IAM user with limited rights is safer.
				</Text>
			) : null}
			{missing.length > 0 ? (
				<Text color={theme.danger} wrap='wrap'>
					✗ Missing permissions: {missing.join(', ')}
				</Text>
			) : null}
			<Text bold>Create them? Enter or y to go on, n to cancel.</Text>
		</Box>
	);
}
