import {SandboxError} from '../errors.js';

/* IAM's own wording for the errors the store raises (observed on AWS; moto uses the same). */

export const noSuchUser = (userName: string): SandboxError =>
	new SandboxError('NoSuchEntity', `The user with name ${userName} cannot be found.`, 404);

export const noSuchVirtualDevice = (serialNumber: string): SandboxError =>
	new SandboxError('NoSuchEntity', `VirtualMFADevice with serial number ${serialNumber} doesn't exist.`, 404);

export const deleteConflict = (what: string): SandboxError =>
	new SandboxError('DeleteConflict', `Cannot delete entity, must ${what} first.`, 409);

export const limitExceeded = (message: string): SandboxError => new SandboxError('LimitExceeded', message, 409);

export const entityAlreadyExists = (message: string): SandboxError =>
	new SandboxError('EntityAlreadyExists', message, 409);
