CREATE TABLE "blessings" (
	"org_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blessings_org_id_initiative_id_person_id_pk" PRIMARY KEY("org_id","initiative_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "blessings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pulse_invitations" (
	"org_id" uuid NOT NULL,
	"pulse_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"level" text NOT NULL,
	"function" text NOT NULL,
	"region" text,
	"manager_chain" uuid[] DEFAULT '{}' NOT NULL,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "pulse_invitations_org_id_pulse_id_person_id_pk" PRIMARY KEY("org_id","pulse_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "pulse_invitations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pulse_responses" (
	"org_id" uuid NOT NULL,
	"pulse_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"scores" jsonb NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pulse_responses_org_id_pulse_id_person_id_pk" PRIMARY KEY("org_id","pulse_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "pulse_responses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pulses" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"initiative_id" uuid,
	"title" text NOT NULL,
	"items" jsonb NOT NULL,
	"audience_levels" text[] NOT NULL,
	"audience_functions" text[] NOT NULL,
	"audience_regions" text[] DEFAULT '{}' NOT NULL,
	"opened_by" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"invited_count" integer DEFAULT 0 NOT NULL,
	"answered_count" integer DEFAULT 0 NOT NULL,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"answers_version" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "pulses_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "pulses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "blessings" ADD CONSTRAINT "blessings_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blessings" ADD CONSTRAINT "blessings_initiative_fk" FOREIGN KEY ("org_id","initiative_id") REFERENCES "public"."initiatives"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blessings" ADD CONSTRAINT "blessings_person_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_invitations" ADD CONSTRAINT "pulse_invitations_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_invitations" ADD CONSTRAINT "pulse_invitations_pulse_fk" FOREIGN KEY ("org_id","pulse_id") REFERENCES "public"."pulses"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_invitations" ADD CONSTRAINT "pulse_invitations_person_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_responses" ADD CONSTRAINT "pulse_responses_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_responses" ADD CONSTRAINT "pulse_responses_invitation_fk" FOREIGN KEY ("org_id","pulse_id","person_id") REFERENCES "public"."pulse_invitations"("org_id","pulse_id","person_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulses" ADD CONSTRAINT "pulses_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulses" ADD CONSTRAINT "pulses_initiative_fk" FOREIGN KEY ("org_id","initiative_id") REFERENCES "public"."initiatives"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pulse_invitations_person_idx" ON "pulse_invitations" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "pulses_initiative_idx" ON "pulses" USING btree ("org_id","initiative_id","opened_at");--> statement-breakpoint
CREATE INDEX "pulses_kind_idx" ON "pulses" USING btree ("org_id","kind","opened_at");--> statement-breakpoint
CREATE POLICY "blessings_org_isolation" ON "blessings" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "pulse_invitations_org_isolation" ON "pulse_invitations" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "pulse_responses_org_isolation" ON "pulse_responses" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "pulses_org_isolation" ON "pulses" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);