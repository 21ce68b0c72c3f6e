import {Box, Text} from 'ink';
import type {LeftoverProgress, Phase} from '../../scenario/types.js';
import {DELETION_KINDS} from '../../resources/kinds.js';
import {resourceNoun, shownId} from '../../words/resources.js';
import {useTheme} from '../shared/theme.js';
import {Spinner} from '../steps/spinner.js';
import {LEFTOVER_OFFER_WORDS as WORDS} from '../../words/leftover-offer.js';

function ItemRow({item, current}: {readonly item: LeftoverProgress; readonly current: boolean}) {
	const theme = useTheme();
	const icon = current ? <Spinner /> : item.status === 'deleted' ? '✓' : item.status === 'failed' ? '✗' : '·';
	const iconColor = item.status === 'deleted' ? 'success' : item.status === 'failed' ? 'danger' : undefined;
	return (
		<Text wrap='truncate-middle'>
			<Text color={theme.paint(iconColor)}>{icon}</Text> {resourceNoun(DELETION_KINDS[item.kind].resource)}{' '}
			<Text dimColor={item.status === 'deleted'}>{shownId(item.kind, item.id)}</Text>
		</Text>
	);
}

/** What earlier runs left on this target, and the question whether to delete it before starting. */
export function LeftoverOffer({
	phase,
	width,
	rows,
}: {
	readonly phase: Extract<Phase, {kind: 'leftovers'}>;
	readonly width: number;
	readonly rows: number;
}) {
	const theme = useTheme();
	const {items, deleting} = phase;
	// The heading, the blank line and the question (two lines when narrow) stay; the list gets the rest.
	const room = Math.max(1, rows - 5);
	const shown = items.length > room ? items.slice(0, room - 1) : items;
	const current = deleting ? items.findIndex((item) => item.status === 'found') : -1;
	return (
		<Box flexDirection='column' width={width}>
			<Text bold color={theme.warning} wrap='wrap'>
				{WORDS.heading(items.length)}
			</Text>
			{shown.map((item, index) => (
				<ItemRow key={`${item.kind}:${item.id}`} item={item} current={index === current} />
			))}
			{shown.length < items.length ? <Text dimColor>{WORDS.andMore(items.length - shown.length)}</Text> : null}
			<Box marginTop={1}>
				{deleting ? (
					<Text>
						<Spinner /> {WORDS.deleting}
					</Text>
				) : (
					<Text bold wrap='wrap'>
						{WORDS.question(items.length)}
					</Text>
				)}
			</Box>
		</Box>
	);
}
