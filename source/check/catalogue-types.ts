/** The catalogue as embedded: compact, so the bundle stays small and loads fast. */
export interface CatalogueData {
	/** Service prefix → its action names, comma-separated ("iam" → "AddClientIDToOpenIDConnectProvider,…"). */
	readonly services: Readonly<Record<string, string>>;
	/** "iam:deactivatemfadevice" → the ARN template of its first resource type (iam and sts only). */
	readonly resources: Readonly<Record<string, string>>;
}
