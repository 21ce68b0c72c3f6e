import {Box, Text} from 'ink';
import {declaredCreations} from '../../scenario/teardown-plan.js';
import type {ScenarioState} from '../../scenario/types.js';
import {creationWords} from '../../words/resources.js';
import {fitText} from '../shared/fit-text.js';
import {useTheme} from '../shared/theme.js';
import stringWidth from 'string-width';
import {STEP_FIELD_WORDS as WORDS} from '../../words/step-fields.js';

/** Before anything is created: who we are, and exactly what will be created (and later deleted). */
export function Confirm({state, width}: {readonly state: ScenarioState; readonly width: number}) {
	const theme = useTheme();
	const {names, identity, preflight} = state;
	const missing = preflight?.missingPermissions ?? [];
	return (
		<Box flexDirection='column' width={width}>
			<Text bold>{WORDS.confirmTitle}</Text>
			{identity ? (
				<Text wrap='truncate-end'>
					{WORDS.as}
					{fitText(identity.arn, width - stringWidth(WORDS.as))}
				</Text>
			) : null}
			{declaredCreations(state)
				.map(({kind, name}) => creationWords(kind, name(names)))
				.map((line) => (
					// Wrapped between words: a name cut in its middle is no name at all. A scenario may
					// create two of a kind (stolen-key: two MFA devices), so each row is keyed by its words.
					<Text key={line} wrap='wrap'>
						• {line}
					</Text>
				))}
			{/* Wrapped between tags: "sts-mfa:created…" named no tag. */}
			<Text dimColor wrap='wrap'>
				{WORDS.tagged(names.tags.map((tag) => `${tag.key}=${tag.value}`).join(', '))}
			</Text>
			{preflight?.isRoot ? (
				<Text color={theme.warning} wrap='wrap'>
					{WORDS.signedInAsRoot}
				</Text>
			) : null}
			{missing.length > 0 ? (
				<Text color={theme.danger} wrap='wrap'>
					{WORDS.missingPermissions(missing.join(', '))}
				</Text>
			) : null}
			<Text bold>{WORDS.createThem}</Text>
		</Box>
	);
}
