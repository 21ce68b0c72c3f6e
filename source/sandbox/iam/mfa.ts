import QRCode from 'qrcode';
import {otpauthUri} from '../totp.js';
import type {SandboxStore} from '../store/index.js';
import type {ActionContext, ActionResult, ActionSpec} from '../types.js';
import {userResource} from './caller.js';
import {mfaSelfManagementRefusal} from './mfa-guard.js';
import {AUTHENTICATION_CODE, EXISTING_USER_NAME, PATH, SERIAL_NUMBER, VIRTUAL_MFA_DEVICE_NAME} from './params.js';
import {QueryParams} from '../protocol/query-params.js';

export function mfaActions(store: SandboxStore): Record<string, ActionSpec> {
	const deviceResource = (path: string | undefined, name: string | undefined) =>
		store.mfaDevices.serialOf(path && PATH.pattern?.test(path) ? path : '/', name ?? '');
	const codes = (params: QueryParams) => ({
		userName: params.required('UserName', EXISTING_USER_NAME),
		serialNumber: params.required('SerialNumber', SERIAL_NUMBER),
		code1: params.required('AuthenticationCode1', AUTHENTICATION_CODE),
		code2: params.required('AuthenticationCode2', AUTHENTICATION_CODE),
	});
	return {
		CreateVirtualMFADevice: {
			iamAction: 'iam:CreateVirtualMFADevice',
			resource: (context) => deviceResource(context.params.Path, context.params.VirtualMFADeviceName),
			run: (context) => createVirtualMfaDevice(store, context),
		},
		EnableMFADevice: {
			iamAction: 'iam:EnableMFADevice',
			resource: (context) => userResource(store, context),
			run(context) {
				refuseUnlessMfa(store, context, 'iam:EnableMFADevice');
				store.mfaDevices.enable(codes(new QueryParams(context.params)), context.now);
				return {};
			},
		},
		ResyncMFADevice: {
			iamAction: 'iam:ResyncMFADevice',
			resource: (context) => userResource(store, context),
			run(context) {
				store.mfaDevices.resync(codes(new QueryParams(context.params)), context.now);
				return {};
			},
		},
		DeactivateMFADevice: {
			iamAction: 'iam:DeactivateMFADevice',
			resource: (context) => userResource(store, context),
			run(context) {
				refuseUnlessMfa(store, context, 'iam:DeactivateMFADevice');
				const params = new QueryParams(context.params);
				const userName = params.optional('UserName', EXISTING_USER_NAME);
				store.mfaDevices.deactivate(userName, params.required('SerialNumber', SERIAL_NUMBER));
				return {};
			},
		},
		DeleteVirtualMFADevice: {
			iamAction: 'iam:DeleteVirtualMFADevice',
			resource: (context) => context.params.SerialNumber ?? deviceResource('/', ''),
			run(context) {
				store.mfaDevices.delete(new QueryParams(context.params).required('SerialNumber', SERIAL_NUMBER));
				return {};
			},
		},
	};
}

function refuseUnlessMfa(
	store: SandboxStore,
	context: ActionContext,
	action: 'iam:EnableMFADevice' | 'iam:DeactivateMFADevice',
): void {
	const refusal = mfaSelfManagementRefusal(store, context, action);
	if (refusal) throw refusal;
}

/** The device, its Base32 seed and a real PNG QR code of the otpauth URI (rendered asynchronously). */
async function createVirtualMfaDevice(store: SandboxStore, context: ActionContext): Promise<ActionResult> {
	const params = new QueryParams(context.params);
	const name = params.required('VirtualMFADeviceName', VIRTUAL_MFA_DEVICE_NAME);
	const path = params.optional('Path', PATH) ?? '/';
	const device = store.mfaDevices.create({name, path, tags: params.tags()});
	const uri = otpauthUri({label: name, account: store.accountId, seed: device.seed});
	const png = await QRCode.toBuffer(uri, {type: 'png', errorCorrectionLevel: 'M', margin: 4});
	// Blobs are base64 on the wire. The seed blob holds the Base32 text itself, as on AWS.
	const virtualDevice = {
		SerialNumber: device.serialNumber,
		Base32StringSeed: Buffer.from(device.seed, 'utf8').toString('base64'),
		QRCodePNG: png.toString('base64'),
	};
	return {body: {VirtualMFADevice: virtualDevice}};
}
