import type { Database } from '../db/client';
import { findCertificate, insertCertificate, type Certificate } from '../db/queries/certificates';
import { newId } from '../auth/tokens';
import { newVerificationCode } from './code';

export interface IssueInput {
	userId: string;
	trackId: string;
	/** Frozen on the certificate: a later name change does not alter it. */
	holderName: string;
	studyMinutes: number;
	now: Date;
}

/**
 * Issues the learner's certificate for a track once; every later or concurrent call returns that
 * same certificate. The unique index on (user, track) decides races, not this code. A fresh code
 * that happens to be taken already is simply drawn again.
 */
export async function ensureCertificate(
	db: Database,
	input: IssueInput,
	newCode: () => string = newVerificationCode
): Promise<Certificate> {
	// Insert first (a conflict on either unique index inserts nothing), then read what stands:
	// ours, or the one an earlier or concurrent call issued. Nothing found means the drawn code
	// was taken, so draw again.
	for (let attempt = 0; attempt < 5; attempt++) {
		await insertCertificate(db, {
			id: newId(),
			userId: input.userId,
			trackId: input.trackId,
			verificationCode: newCode(),
			holderName: input.holderName,
			studyMinutes: input.studyMinutes,
			issuedAt: input.now
		});
		const issued = await findCertificate(db, input.userId, input.trackId);
		if (issued) return issued;
	}
	throw new Error('Could not issue a certificate: no free verification code');
}
