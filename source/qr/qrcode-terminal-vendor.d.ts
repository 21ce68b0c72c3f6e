// qrcode-terminal ships its QR encoder (Kazuhiko Arase's QRCode) untyped; we use its module matrix.
declare module 'qrcode-terminal/vendor/QRCode/index.js' {
	class QRCode {
		constructor(typeNumber: number, errorCorrectLevel: number);
		addData(data: string): void;
		make(): void;
		getModuleCount(): number;
		isDark(row: number, col: number): boolean;
	}
	export default QRCode;
}
