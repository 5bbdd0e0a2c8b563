// Shapes the server sends for progress; mirrored here because components never import
// from $lib/server (design.md's walls). The server's types are structurally the same.

export type StepView =
	| { kind: 'lesson'; module: string; lesson: string }
	| { kind: 'quiz'; module: string }
	| { kind: 'reflection'; module: string }
	| { kind: 'certificate' };

export type NeedView =
	| { kind: 'lessons'; read: number; total: number }
	| { kind: 'quiz'; bestPercent: number | null; passMark: number }
	| { kind: 'reflection'; started: boolean };

export type StatusView = 'not-started' | 'in-progress' | 'completed';

export interface ModuleSummaryView {
	slug: string;
	title: string;
	position: number;
	status: StatusView;
	needs: NeedView[];
	lockedBy: { slug: string; title: string }[];
}
