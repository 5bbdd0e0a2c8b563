import type { Role } from '../../../src/lib/roles';

/** Accounts the e2e server seeds before it starts; tests log in as these through the form. */
export const E2E_USERS = {
	learner: {
		email: 'leerling@e2e.test',
		name: 'Lotte Leerling',
		password: 'zeven zwanen op het meer',
		role: 'learner'
	},
	trainer: {
		email: 'opleider@e2e.test',
		name: 'Olaf Opleider',
		password: 'vier paarden in de wei',
		role: 'trainer'
	},
	admin: {
		email: 'beheer@e2e.test',
		name: 'Bram Beheer',
		password: 'drie kraaien op een dak',
		role: 'admin'
	},
	otherTrainer: {
		email: 'ander@e2e.test',
		name: 'Anna Anderegroep',
		password: 'acht uilen in het bos',
		role: 'trainer'
	},
	promoted: {
		email: 'promotie@e2e.test',
		name: 'Pim Promotie',
		password: 'twee kikkers in de sloot',
		role: 'learner'
	}
} as const satisfies Record<string, { email: string; name: string; password: string; role: Role }>;

export type E2EUser = keyof typeof E2E_USERS;

export function e2eDatabaseName(): string {
	return `klasteam_e2e_${process.env.E2E_RUN_ID ?? 'local'}`;
}

/** Groups the e2e server seeds, owned by the trainer, with fixed join codes. */
export const E2E_COHORTS = {
	open: {
		name: 'Pabo 2 – groep A',
		trackId: 'leraar',
		joinCode: 'KTAM-2345',
		endsOn: null,
		archived: false
	},
	assistants: {
		name: 'Mbo OA – klas 3',
		trackId: 'ondersteuner',
		joinCode: 'MBTA-3456',
		endsOn: null,
		archived: false
	},
	ended: {
		name: 'Oude groep',
		trackId: 'leraar',
		joinCode: 'ENDE-2345',
		endsOn: '2020-06-30',
		archived: false
	},
	archived: {
		name: 'Gearchiveerde groep',
		trackId: 'leraar',
		joinCode: 'ARCH-2345',
		endsOn: null,
		archived: true
	}
} as const;
