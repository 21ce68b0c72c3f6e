import {SandboxError} from '../errors.js';
import {MfaGuessThrottle} from '../mfa-throttle.js';
import {checkEnableCodes, checkFreshCode, newSeed} from '../totp.js';
import type {StoreContext} from './context.js';
import {deleteConflict, entityAlreadyExists, limitExceeded, noSuchVirtualDevice} from './errors.js';
import {type MfaDeviceRecord, type TagRecord, userKey} from './records.js';
import {mergeTags} from './tags.js';
import {compareKeys, MAX_TAGS, type UserDirectory} from './users.js';

export type AssignmentStatus = 'Assigned' | 'Unassigned' | 'Any';

const invalidCode = () =>
	new SandboxError('InvalidAuthenticationCode', 'Authentication code for device is not valid.', 403);

/** Virtual MFA devices: created unassigned, enabled for one user with two consecutive codes. */
export class MfaDevices {
	readonly #context: StoreContext;
	readonly #users: UserDirectory;
	/** Every code checked against a device goes through it: wrong ones in a row lock the device. */
	readonly #guesses = new MfaGuessThrottle();

	constructor(context: StoreContext, users: UserDirectory) {
		this.#context = context;
		this.#users = users;
	}

	serialOf(path: string, name: string): string {
		return `arn:aws:iam::${this.#context.state.accountId}:mfa${path}${name}`;
	}

	create(input: {name: string; path: string; tags: readonly TagRecord[]}): MfaDeviceRecord {
		const serialNumber = this.serialOf(input.path, input.name);
		const {devices} = this.#context.state;
		if (devices.has(serialNumber)) {
			throw entityAlreadyExists('MFADevice entity at the same path and name already exists.');
		}
		const device: MfaDeviceRecord = {...input, tags: [...input.tags], serialNumber, seed: newSeed()};
		devices.set(serialNumber, device);
		this.#context.changed();
		return device;
	}

	/** TagMFADevice: the tags merged by key (a new value replaces the old), at most IAM's 50. */
	tag(serialNumber: string, tags: readonly TagRecord[]): void {
		const device = this.get(serialNumber);
		const merged = mergeTags(device.tags, tags);
		if (merged.length > MAX_TAGS) throw limitExceeded('The number of tags has reached the maximum limit.');
		device.tags.splice(0, device.tags.length, ...merged);
		this.#context.changed();
	}

	get(serialNumber: string): MfaDeviceRecord {
		const device = this.#context.state.devices.get(serialNumber);
		if (!device) throw noSuchVirtualDevice(serialNumber);
		return device;
	}

	enable(input: {userName: string; serialNumber: string; code1: string; code2: string}, now: number): void {
		const user = this.#users.get(input.userName);
		const device = this.get(input.serialNumber);
		if (device.enabledFor !== undefined) throw entityAlreadyExists('MFA Device is already in use.');
		const step = this.#guesses.attempt(device, now, () =>
			checkEnableCodes(device.seed, input.code1, input.code2, now, device.lastAcceptedStep),
		);
		if (step === undefined) throw invalidCode();
		device.enabledFor = userKey(user.userName);
		device.enableDate = now;
		device.lastAcceptedStep = step;
		this.#context.changed();
	}

	resync(input: {userName: string; serialNumber: string; code1: string; code2: string}, now: number): void {
		const device = this.enabledDevice(input.userName, input.serialNumber);
		const step = this.#guesses.attempt(device, now, () =>
			checkEnableCodes(device.seed, input.code1, input.code2, now, device.lastAcceptedStep),
		);
		if (step === undefined) throw invalidCode();
		device.lastAcceptedStep = step;
		this.#context.changed();
	}

	/** Without a user name, whichever user the device is enabled for. */
	deactivate(userName: string | undefined, serialNumber: string): void {
		const device =
			userName === undefined
				? this.#context.state.devices.get(serialNumber)
				: this.enabledDevice(userName, serialNumber);
		if (device?.enabledFor === undefined) throw noSuchMfaDevice(serialNumber);
		// lastAcceptedStep survives: codes already used stay used if the device is enabled again.
		device.enabledFor = undefined;
		device.enableDate = undefined;
		this.#context.changed();
	}

	delete(serialNumber: string): void {
		const device = this.get(serialNumber);
		if (device.enabledFor !== undefined) throw deleteConflict('deactivate MFA device');
		this.#context.state.devices.delete(serialNumber);
		this.#context.changed();
	}

	enabledFor(userName: string): MfaDeviceRecord[] {
		const key = userKey(this.#users.get(userName).userName);
		return this.list('Any').filter((device) => device.enabledFor === key);
	}

	list(status: AssignmentStatus): MfaDeviceRecord[] {
		return [...this.#context.state.devices.values()]
			.filter((device) => status === 'Any' || (status === 'Assigned') === (device.enabledFor !== undefined))
			.sort((a, b) => compareKeys(a.serialNumber, b.serialNumber));
	}

	/**
	 * GetSessionToken's MFA check: the serial must be enabled for this user, and the code fresh
	 * (a code already accepted for the device — even by EnableMFADevice — is refused).
	 */
	acceptSessionCode(userName: string | undefined, serialNumber: string, code: string, now: number): void {
		const device = this.#context.state.devices.get(serialNumber);
		if (userName === undefined || device?.enabledFor !== userKey(userName)) {
			throw new SandboxError(
				'AccessDenied',
				'MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.',
				403,
			);
		}
		const step = this.#guesses.attempt(device, now, () =>
			checkFreshCode(device.seed, code, now, device.lastAcceptedStep),
		);
		if (step === undefined) {
			throw new SandboxError(
				'AccessDenied',
				'MultiFactorAuthentication failed with invalid MFA one time pass code. ',
				403,
			);
		}
		device.lastAcceptedStep = step;
		this.#context.changed();
	}

	/** The user's enabled device with that serial (NoSuchEntity for the user or the device). */
	private enabledDevice(userName: string, serialNumber: string): MfaDeviceRecord {
		const user = this.#users.get(userName);
		const device = this.#context.state.devices.get(serialNumber);
		if (device?.enabledFor !== userKey(user.userName)) throw noSuchMfaDevice(serialNumber);
		return device;
	}
}

const noSuchMfaDevice = (serialNumber: string) =>
	new SandboxError('NoSuchEntity', `MFA Device with serial number ${serialNumber} does not exist.`, 404);
