import {StsMfaError} from '../errors.js';

/**
 * An AWS error as the sandbox answers it: AWS's own code, message and HTTP status. Thrown anywhere
 * below the router; the protocol layer turns it into the service's error document.
 */
export class SandboxError extends StsMfaError {
	readonly awsCode: string;
	readonly httpStatus: number;
	/** "Sender" for the caller's fault, "Receiver" for ours (Query protocol <Type>). */
	readonly faultType: 'Sender' | 'Receiver';

	constructor(awsCode: string, message: string, httpStatus = 400, faultType: 'Sender' | 'Receiver' = 'Sender') {
		super(`Sandbox.${awsCode}`, message);
		this.name = 'SandboxError';
		this.awsCode = awsCode;
		this.httpStatus = httpStatus;
		this.faultType = faultType;
	}
}
