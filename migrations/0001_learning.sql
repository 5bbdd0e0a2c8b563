CREATE TABLE "cohort" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"track_id" text NOT NULL,
	"join_code" text NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"owner_id" text NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_join_code_unique" UNIQUE("join_code")
);
--> statement-breakpoint
CREATE TABLE "cohort_member" (
	"cohort_id" text NOT NULL,
	"user_id" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "cohort_member_cohort_id_user_id_pk" PRIMARY KEY("cohort_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "cohort_trainer" (
	"cohort_id" text NOT NULL,
	"user_id" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_trainer_cohort_id_user_id_pk" PRIMARY KEY("cohort_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "activity" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"module_slug" text,
	"subject" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"track_id" text NOT NULL,
	"verification_code" text NOT NULL,
	"holder_name" text NOT NULL,
	"study_minutes" integer NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrolment" (
	"user_id" text NOT NULL,
	"track_id" text NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolment_user_id_track_id_pk" PRIMARY KEY("user_id","track_id")
);
--> statement-breakpoint
CREATE TABLE "lesson_progress" (
	"user_id" text NOT NULL,
	"module_slug" text NOT NULL,
	"lesson_slug" text NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_progress_user_id_module_slug_lesson_slug_pk" PRIMARY KEY("user_id","module_slug","lesson_slug")
);
--> statement-breakpoint
CREATE TABLE "quiz_answer" (
	"attempt_id" text NOT NULL,
	"item_id" text NOT NULL,
	"response" jsonb NOT NULL,
	"score" real NOT NULL,
	"correct" boolean NOT NULL,
	"confidence" text,
	CONSTRAINT "quiz_answer_attempt_id_item_id_pk" PRIMARY KEY("attempt_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "quiz_attempt" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"module_slug" text NOT NULL,
	"audience" text NOT NULL,
	"content_version" text NOT NULL,
	"item_ids" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"points" real,
	"max_points" integer,
	"passed" boolean
);
--> statement-breakpoint
CREATE TABLE "review_item" (
	"user_id" text NOT NULL,
	"item_id" text NOT NULL,
	"module_slug" text NOT NULL,
	"box" integer NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"confident_error" boolean DEFAULT false NOT NULL,
	"last_answered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_item_user_id_item_id_pk" PRIMARY KEY("user_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "intention_checkin" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"from_module_slug" text NOT NULL,
	"answer" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reflection" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"module_slug" text NOT NULL,
	"exercise_id" text NOT NULL,
	"draft" jsonb NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reflection_feedback" (
	"id" text PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"trainer_id" text,
	"goal" text NOT NULL,
	"progress" text NOT NULL,
	"next_step" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reply" text,
	"replied_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reflection_version" (
	"id" text PRIMARY KEY NOT NULL,
	"reflection_id" text NOT NULL,
	"version" integer NOT NULL,
	"fields" jsonb NOT NULL,
	"content_version" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" text PRIMARY KEY NOT NULL,
	"actor_id" text,
	"subject_user_id" text,
	"kind" text NOT NULL,
	"target" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_member" ADD CONSTRAINT "cohort_member_cohort_id_cohort_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohort"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_member" ADD CONSTRAINT "cohort_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_trainer" ADD CONSTRAINT "cohort_trainer_cohort_id_cohort_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohort"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_trainer" ADD CONSTRAINT "cohort_trainer_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_progress" ADD CONSTRAINT "lesson_progress_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_answer" ADD CONSTRAINT "quiz_answer_attempt_id_quiz_attempt_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."quiz_attempt"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_attempt" ADD CONSTRAINT "quiz_attempt_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_item" ADD CONSTRAINT "review_item_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intention_checkin" ADD CONSTRAINT "intention_checkin_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection" ADD CONSTRAINT "reflection_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_feedback" ADD CONSTRAINT "reflection_feedback_version_id_reflection_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."reflection_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_feedback" ADD CONSTRAINT "reflection_feedback_trainer_id_user_id_fk" FOREIGN KEY ("trainer_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_version" ADD CONSTRAINT "reflection_version_reflection_id_reflection_id_fk" FOREIGN KEY ("reflection_id") REFERENCES "public"."reflection"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_subject_user_id_user_id_fk" FOREIGN KEY ("subject_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cohort_owner_idx" ON "cohort" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "cohort_member_user_idx" ON "cohort_member" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "cohort_trainer_user_idx" ON "cohort_trainer" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "activity_user_at_idx" ON "activity" USING btree ("user_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_code_key" ON "certificate" USING btree ("verification_code");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_user_track_key" ON "certificate" USING btree ("user_id","track_id");--> statement-breakpoint
CREATE INDEX "lesson_progress_module_idx" ON "lesson_progress" USING btree ("module_slug");--> statement-breakpoint
CREATE INDEX "quiz_answer_item_idx" ON "quiz_answer" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "quiz_attempt_one_open_key" ON "quiz_attempt" USING btree ("user_id","module_slug") WHERE "quiz_attempt"."status" = 'open';--> statement-breakpoint
CREATE INDEX "quiz_attempt_user_module_idx" ON "quiz_attempt" USING btree ("user_id","module_slug");--> statement-breakpoint
CREATE INDEX "quiz_attempt_module_idx" ON "quiz_attempt" USING btree ("module_slug","submitted_at");--> statement-breakpoint
CREATE INDEX "review_item_due_idx" ON "review_item" USING btree ("user_id","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "intention_checkin_key" ON "intention_checkin" USING btree ("user_id","from_module_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "reflection_user_exercise_key" ON "reflection" USING btree ("user_id","exercise_id");--> statement-breakpoint
CREATE INDEX "reflection_submitted_idx" ON "reflection" USING btree ("submitted_at");--> statement-breakpoint
CREATE INDEX "reflection_feedback_version_idx" ON "reflection_feedback" USING btree ("version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reflection_version_key" ON "reflection_version" USING btree ("reflection_id","version");--> statement-breakpoint
CREATE INDEX "audit_event_subject_idx" ON "audit_event" USING btree ("subject_user_id","at");