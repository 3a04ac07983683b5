CREATE TABLE "research_audit" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"undoable" boolean DEFAULT false NOT NULL,
	"undone" boolean DEFAULT false NOT NULL,
	CONSTRAINT "research_audit_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "research_audit" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "research_coders" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"user_id" uuid,
	CONSTRAINT "research_coders_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "research_coders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "research_codes" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"color" text,
	"quote" text,
	"builtin_id" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "research_codes_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "research_codes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "research_codings" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"transcript_id" uuid NOT NULL,
	"code_id" uuid NOT NULL,
	"coder_id" uuid NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"flag_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "research_codings_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "research_codings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "research_informants" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"function" text,
	"level" text,
	"dyad_key" text,
	"firm" text,
	"unit" text,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "research_informants_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "research_informants" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "research_memos" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"target_type" text NOT NULL,
	"target_id" uuid NOT NULL,
	"author_id" uuid,
	"author_name" text,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "research_memos_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "research_memos" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "research_projects" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "research_projects_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "research_projects" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "research_transcript_versions" (
	"org_id" uuid NOT NULL,
	"transcript_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"edited_by" uuid,
	"edited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "research_transcript_versions_org_id_transcript_id_version_pk" PRIMARY KEY("org_id","transcript_id","version")
);
--> statement-breakpoint
ALTER TABLE "research_transcript_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "research_transcripts" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"informant_id" uuid,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"turns" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "research_transcripts_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "research_transcripts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "research_validity" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"subject_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"responses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "research_validity_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "research_validity" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "research_audit" ADD CONSTRAINT "research_audit_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_audit" ADD CONSTRAINT "research_audit_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."research_projects"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_coders" ADD CONSTRAINT "research_coders_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_coders" ADD CONSTRAINT "research_coders_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."research_projects"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_codes" ADD CONSTRAINT "research_codes_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_codes" ADD CONSTRAINT "research_codes_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."research_projects"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_codings" ADD CONSTRAINT "research_codings_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_codings" ADD CONSTRAINT "research_codings_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."research_projects"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_codings" ADD CONSTRAINT "research_codings_transcript_fk" FOREIGN KEY ("org_id","transcript_id") REFERENCES "public"."research_transcripts"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_codings" ADD CONSTRAINT "research_codings_code_fk" FOREIGN KEY ("org_id","code_id") REFERENCES "public"."research_codes"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_codings" ADD CONSTRAINT "research_codings_coder_fk" FOREIGN KEY ("org_id","coder_id") REFERENCES "public"."research_coders"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_informants" ADD CONSTRAINT "research_informants_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_informants" ADD CONSTRAINT "research_informants_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."research_projects"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_memos" ADD CONSTRAINT "research_memos_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_memos" ADD CONSTRAINT "research_memos_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."research_projects"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_projects" ADD CONSTRAINT "research_projects_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_transcript_versions" ADD CONSTRAINT "research_transcript_versions_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_transcript_versions" ADD CONSTRAINT "research_transcript_versions_fk" FOREIGN KEY ("org_id","transcript_id") REFERENCES "public"."research_transcripts"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_transcripts" ADD CONSTRAINT "research_transcripts_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_transcripts" ADD CONSTRAINT "research_transcripts_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."research_projects"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_transcripts" ADD CONSTRAINT "research_transcripts_informant_fk" FOREIGN KEY ("org_id","informant_id") REFERENCES "public"."research_informants"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_validity" ADD CONSTRAINT "research_validity_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_validity" ADD CONSTRAINT "research_validity_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."research_projects"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "research_audit_project_idx" ON "research_audit" USING btree ("org_id","project_id","at");--> statement-breakpoint
CREATE INDEX "research_coders_project_idx" ON "research_coders" USING btree ("org_id","project_id");--> statement-breakpoint
CREATE INDEX "research_codes_project_idx" ON "research_codes" USING btree ("org_id","project_id");--> statement-breakpoint
CREATE INDEX "research_codings_transcript_idx" ON "research_codings" USING btree ("org_id","transcript_id");--> statement-breakpoint
CREATE INDEX "research_codings_project_idx" ON "research_codings" USING btree ("org_id","project_id");--> statement-breakpoint
CREATE INDEX "research_informants_project_idx" ON "research_informants" USING btree ("org_id","project_id");--> statement-breakpoint
CREATE INDEX "research_memos_target_idx" ON "research_memos" USING btree ("org_id","project_id","target_type","target_id");--> statement-breakpoint
CREATE INDEX "research_transcripts_project_idx" ON "research_transcripts" USING btree ("org_id","project_id","position");--> statement-breakpoint
CREATE POLICY "research_audit_org_isolation" ON "research_audit" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "research_coders_org_isolation" ON "research_coders" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "research_codes_org_isolation" ON "research_codes" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "research_codings_org_isolation" ON "research_codings" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "research_informants_org_isolation" ON "research_informants" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "research_memos_org_isolation" ON "research_memos" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "research_projects_org_isolation" ON "research_projects" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "research_transcript_versions_org_isolation" ON "research_transcript_versions" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "research_transcripts_org_isolation" ON "research_transcripts" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "research_validity_org_isolation" ON "research_validity" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);