CREATE TABLE "incident_parties" (
	"org_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"person_id" uuid,
	"function" text NOT NULL,
	"level" text,
	"region" text,
	CONSTRAINT "incident_parties_org_id_incident_id_position_pk" PRIMARY KEY("org_id","incident_id","position")
);
--> statement-breakpoint
ALTER TABLE "incident_parties" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "incidents" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"reporter_user_id" uuid,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"severity" integer NOT NULL,
	"description" text NOT NULL,
	"occurred_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolution_note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "incidents_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "incidents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "journal_entries" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_function" text,
	"author_level" text,
	"dysfunction" text NOT NULL,
	"trigger" text NOT NULL,
	"situational" text DEFAULT '' NOT NULL,
	"existential" text DEFAULT '' NOT NULL,
	"response" text DEFAULT '' NOT NULL,
	"interpretation_ids" text[] DEFAULT '{}' NOT NULL,
	"response_ids" text[] DEFAULT '{}' NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "journal_entries_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "journal_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "support_requests" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"requester_user_id" uuid,
	"requester_person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"addressee_person_id" uuid,
	"addressee_function" text NOT NULL,
	"addressee_region" text,
	"summary" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"needed_by" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decision" text,
	"responded_at" timestamp with time zone,
	"responder_person_id" uuid,
	"promised_date" date,
	"decline_reason" text,
	"delivered_at" timestamp with time zone,
	"delivery_note" text,
	CONSTRAINT "support_requests_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "support_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "incident_parties" ADD CONSTRAINT "incident_parties_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_parties" ADD CONSTRAINT "incident_parties_incident_fk" FOREIGN KEY ("org_id","incident_id") REFERENCES "public"."incidents"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_parties" ADD CONSTRAINT "incident_parties_person_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_reporter_fk" FOREIGN KEY ("org_id","reporter_user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_author_fk" FOREIGN KEY ("org_id","author_user_id") REFERENCES "public"."users"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_org_id_orgs_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_requester_fk" FOREIGN KEY ("org_id","requester_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_addressee_fk" FOREIGN KEY ("org_id","addressee_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_responder_fk" FOREIGN KEY ("org_id","responder_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_parties_person_idx" ON "incident_parties" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "incidents_occurred_idx" ON "incidents" USING btree ("org_id","occurred_on");--> statement-breakpoint
CREATE INDEX "journal_entries_author_idx" ON "journal_entries" USING btree ("org_id","author_user_id","created_at");--> statement-breakpoint
CREATE INDEX "support_requests_requester_idx" ON "support_requests" USING btree ("org_id","requester_person_id","created_at");--> statement-breakpoint
CREATE INDEX "support_requests_addressee_idx" ON "support_requests" USING btree ("org_id","addressee_person_id","created_at");--> statement-breakpoint
CREATE INDEX "support_requests_created_idx" ON "support_requests" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE POLICY "incident_parties_org_isolation" ON "incident_parties" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "incidents_org_isolation" ON "incidents" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "journal_entries_org_isolation" ON "journal_entries" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "support_requests_org_isolation" ON "support_requests" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);