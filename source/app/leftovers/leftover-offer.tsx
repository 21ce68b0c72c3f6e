import {Box, Text} from 'ink';
import type {LeftoverProgress, Phase} from '../../scenario/types.js';
import {useTheme} from '../shared/theme.js';
import {Spinner} from '../steps/spinner.js';

const KIND_LABELS: Record<LeftoverProgress['kind'], string> = {
	user: 'user',
	userPolicy: 'inline policy',
	accessKey: 'access key',
	virtualMfaDevice: 'MFA device',
	rolePolicyDetachment: 'role policy attachment',
	role: 'role',
	managedPolicy: 'managed policy',
};

/** A managed policy's ARN is long and says little more than its name, which is unique in the account. */
const shownId = (item: LeftoverProgress) =>
	item.kind === 'managedPolicy' ? item.id.slice(item.id.lastIndexOf('/') + 1) : item.id;

function ItemRow({item, current}: {readonly item: LeftoverProgress; readonly current: boolean}) {
	const theme = useTheme();
	const icon = current ? <Spinner /> : item.status === 'deleted' ? '✓' : item.status === 'failed' ? '✗' : '·';
	const iconColor = item.status === 'deleted' ? 'green' : item.status === 'failed' ? 'red' : undefined;
	return (
		<Text wrap='truncate-middle'>
			<Text color={theme.paint(iconColor)}>{icon}</Text> {KIND_LABELS[item.kind]}{' '}
			<Text dimColor={item.status === 'deleted'}>{shownId(item)}</Text>
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
				Earlier runs left {items.length === 1 ? 'this' : `these ${items.length}`} behind:
			</Text>
			{shown.map((item, index) => (
				<ItemRow key={`${item.kind}:${item.id}`} item={item} current={index === current} />
			))}
			{shown.length < items.length ? <Text dimColor>… and {items.length - shown.length} more</Text> : null}
			<Box marginTop={1}>
				{deleting ? (
					<Text>
						<Spinner /> deleting them, then on to the demo…
					</Text>
				) : (
					<Text bold wrap='wrap'>
						Delete {items.length === 1 ? 'it' : 'them'} first? y / n
					</Text>
				)}
			</Box>
		</Box>
	);
}
