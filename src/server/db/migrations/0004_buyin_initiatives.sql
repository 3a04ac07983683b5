CREATE TABLE "advisory_inputs" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"text" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advisory_inputs_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "advisory_inputs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "advisory_members" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advisory_members_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "advisory_members" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "evidence" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"note" text DEFAULT '' NOT NULL,
	"file_name" text,
	"file_bytes" integer,
	"file_content" "bytea",
	"added_by_name" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "evidence" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "feedback_items" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"author_person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"stage_at_creation" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_items_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "feedback_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "feedback_responses" (
	"org_id" uuid NOT NULL,
	"feedback_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reason" text NOT NULL,
	"by_person_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_responses_org_id_feedback_id_pk" PRIMARY KEY("org_id","feedback_id")
);
--> statement-breakpoint
ALTER TABLE "feedback_responses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "flex_requests" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"region" text NOT NULL,
	"aspect" text NOT NULL,
	"request" text NOT NULL,
	"requested_by_person_id" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reason" text,
	"sales_commits" text,
	"marketing_commits" text,
	"decided_by_person_id" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "flex_requests_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "flex_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "initiative_history" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_name" text,
	"kind" text NOT NULL,
	"from_stage" text,
	"to_stage" text,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "initiative_history_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "initiative_history" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "initiatives" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"stage" text DEFAULT 'draft' NOT NULL,
	"owner_person_id" uuid NOT NULL,
	"target_segments" text[] DEFAULT '{}' NOT NULL,
	"target_regions" text[] DEFAULT '{}' NOT NULL,
	"start_date" date,
	"rollout_date" date,
	"rationale" text DEFAULT '' NOT NULL,
	"expected_sales_benefit" text DEFAULT '' NOT NULL,
	"absorption_business_days" integer DEFAULT 10 NOT NULL,
	"absorption_started_at" timestamp with time zone,
	"absorption_ends_at" timestamp with time zone,
	"skipped_stages" text[] DEFAULT '{}' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiatives_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "initiatives" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notifications" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid,
	"user_id" uuid,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"link" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "test_markets" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"regions" text[] NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"changes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "test_markets_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "test_markets" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "working_session_attendees" (
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "working_session_attendees_org_id_session_id_person_id_pk" PRIMARY KEY("org_id","session_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "working_session_attendees" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "working_sessions" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"title" text NOT NULL,
	"date" date NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"outcomes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "working_sessions_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "working_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "advisory_inputs" ADD CONSTRAINT "advisory_inputs_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_inputs" ADD CONSTRAINT "advisory_inputs_initiative_fk" FOREIGN KEY ("org_id","initiative_id") REFERENCES "public"."initiatives"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_inputs" ADD CONSTRAINT "advisory_inputs_member_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."advisory_members"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_members" ADD CONSTRAINT "advisory_members_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_members" ADD CONSTRAINT "advisory_members_initiative_fk" FOREIGN KEY ("org_id","initiative_id") REFERENCES "public"."initiatives"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisory_members" ADD CONSTRAINT "advisory_members_person_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_initiative_fk" FOREIGN KEY ("org_id","initiative_id") REFERENCES "public"."initiatives"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_initiative_fk" FOREIGN KEY ("org_id","initiative_id") REFERENCES "public"."initiatives"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_author_fk" FOREIGN KEY ("org_id","author_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_item_fk" FOREIGN KEY ("org_id","feedback_id") REFERENCES "public"."feedback_items"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_initiative_fk" FOREIGN KEY ("org_id","initiative_id") REFERENCES "public"."initiatives"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_by_fk" FOREIGN KEY ("org_id","by_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flex_requests" ADD CONSTRAINT "flex_requests_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flex_requests" ADD CONSTRAINT "flex_requests_initiative_fk" FOREIGN KEY ("org_id","initiative_id") REFERENCES "public"."initiatives"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flex_requests" ADD CONSTRAINT "flex_requests_requested_by_fk" FOREIGN KEY ("org_id","requested_by_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flex_requests" ADD CONSTRAINT "flex_requests_decided_by_fk" FOREIGN KEY ("org_id","decided_by_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_history" ADD CONSTRAINT "initiative_history_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_history" ADD CONSTRAINT "initiative_history_initiative_fk" FOREIGN KEY ("org_id","initiative_id") REFERENCES "public"."initiatives"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_owner_fk" FOREIGN KEY ("org_id","owner_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_person_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_markets" ADD CONSTRAINT "test_markets_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_markets" ADD CONSTRAINT "test_markets_initiative_fk" FOREIGN KEY ("org_id","initiative_id") REFERENCES "public"."initiatives"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_session_attendees" ADD CONSTRAINT "working_session_attendees_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_session_attendees" ADD CONSTRAINT "working_session_attendees_session_fk" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."working_sessions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_session_attendees" ADD CONSTRAINT "working_session_attendees_person_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_sessions" ADD CONSTRAINT "working_sessions_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_sessions" ADD CONSTRAINT "working_sessions_initiative_fk" FOREIGN KEY ("org_id","initiative_id") REFERENCES "public"."initiatives"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advisory_inputs_initiative_idx" ON "advisory_inputs" USING btree ("org_id","initiative_id");--> statement-breakpoint
CREATE UNIQUE INDEX "advisory_members_person_key" ON "advisory_members" USING btree ("org_id","initiative_id","person_id");--> statement-breakpoint
CREATE INDEX "evidence_initiative_idx" ON "evidence" USING btree ("org_id","initiative_id");--> statement-breakpoint
CREATE INDEX "feedback_items_initiative_idx" ON "feedback_items" USING btree ("org_id","initiative_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_items_author_idx" ON "feedback_items" USING btree ("org_id","author_person_id");--> statement-breakpoint
CREATE INDEX "feedback_responses_initiative_idx" ON "feedback_responses" USING btree ("org_id","initiative_id");--> statement-breakpoint
CREATE INDEX "flex_requests_initiative_idx" ON "flex_requests" USING btree ("org_id","initiative_id");--> statement-breakpoint
CREATE INDEX "initiative_history_initiative_idx" ON "initiative_history" USING btree ("org_id","initiative_id","at");--> statement-breakpoint
CREATE INDEX "initiatives_org_stage_idx" ON "initiatives" USING btree ("org_id","stage");--> statement-breakpoint
CREATE INDEX "initiatives_org_owner_idx" ON "initiatives" USING btree ("org_id","owner_person_id");--> statement-breakpoint
CREATE INDEX "initiatives_org_updated_idx" ON "initiatives" USING btree ("org_id","updated_at");--> statement-breakpoint
CREATE INDEX "notifications_person_idx" ON "notifications" USING btree ("org_id","person_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("org_id","user_id","created_at");--> statement-breakpoint
CREATE INDEX "test_markets_initiative_idx" ON "test_markets" USING btree ("org_id","initiative_id");--> statement-breakpoint
CREATE INDEX "working_sessions_initiative_idx" ON "working_sessions" USING btree ("org_id","initiative_id");--> statement-breakpoint
CREATE POLICY "advisory_inputs_org_isolation" ON "advisory_inputs" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "advisory_members_org_isolation" ON "advisory_members" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "evidence_org_isolation" ON "evidence" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "feedback_items_org_isolation" ON "feedback_items" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "feedback_responses_org_isolation" ON "feedback_responses" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "flex_requests_org_isolation" ON "flex_requests" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "initiative_history_org_isolation" ON "initiative_history" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "initiatives_org_isolation" ON "initiatives" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "notifications_org_isolation" ON "notifications" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "test_markets_org_isolation" ON "test_markets" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "working_session_attendees_org_isolation" ON "working_session_attendees" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "working_sessions_org_isolation" ON "working_sessions" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);