import { describe, expect, it } from 'vitest';
import {
	attachmentHeader,
	certificateFileName,
	portfolioFileName
} from '../../../src/lib/server/certificates/file-names';

describe('download file names', () => {
	it('name the certificate after the track', () => {
		expect(certificateFileName('ondersteuners-effectief-inzetten')).toBe(
			'klasteam-certificaat-ondersteuners-effectief-inzetten.pdf'
		);
	});

	it('keep only plain letters, digits and dashes, whatever the input', () => {
		expect(certificateFileName('Één "route"/..\\ĳs')).toBe(
			'klasteam-certificaat-een-route-ijs.pdf'
		);
		expect(certificateFileName('///')).toBe('klasteam-certificaat.pdf');
	});

	it('date the portfolio by the day in the Netherlands', () => {
		expect(portfolioFileName(new Date('2026-11-29T23:30:00Z'))).toBe(
			'klasteam-portfolio-2026-11-30.pdf'
		);
	});

	it('build a header that nothing can break out of', () => {
		expect(attachmentHeader('klasteam-portfolio-2026-11-30.pdf')).toBe(
			'attachment; filename="klasteam-portfolio-2026-11-30.pdf"'
		);
		expect(attachmentHeader('a"b\r\nSet-Cookie: x.pdf')).toBe(
			'attachment; filename="a_b__Set-Cookie__x.pdf"'
		);
	});
});
