import {Box, Text} from 'ink';
import {declaredCreations} from '../../scenario/teardown-plan.js';
import type {ScenarioState} from '../../scenario/types.js';
import {creationWords} from '../../words/resources.js';
import {fitText} from '../shared/fit-text.js';
import {useTheme} from '../shared/theme.js';

/** Before anything is created: who we are, and exactly what will be created (and later deleted). */
export function Confirm({state, width}: {readonly state: ScenarioState; readonly width: number}) {
	const theme = useTheme();
	const {names, identity, preflight} = state;
	const missing = preflight?.missingPermissions ?? [];
	return (
		<Box flexDirection='column' width={width}>
			<Text bold>Ready to create (all deleted at the end):</Text>
			{identity ? <Text wrap='truncate-end'>as {fitText(identity.arn, width - 3)}</Text> : null}
			{declaredCreations(state).map(({kind, name}) => (
				// Wrapped between words: a name cut in its middle is no name at all.
				<Text key={kind} wrap='wrap'>
					• {creationWords(kind, name(names))}
				</Text>
			))}
			{/* Wrapped between tags: "sts-mfa:created…" named no tag. */}
			<Text dimColor wrap='wrap'>
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
