/** The shape of an AWS region's name: us-east-1, ap-southeast-2, us-gov-west-1. */
const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** Whether `value` is shaped as a region's name (--region is refused early, before any call is signed for it). */
export function isRegionName(value: string): boolean {
	return REGION_NAME.test(value);
}
