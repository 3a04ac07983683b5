CREATE TABLE "signal_warning_mails" (
	"org_id" uuid NOT NULL,
	"warning_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "signal_warning_mails_org_id_user_id_warning_id_pk" PRIMARY KEY("org_id","user_id","warning_id")
);
--> statement-breakpoint
ALTER TABLE "signal_warning_mails" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "signal_warning_scans" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"scanned_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "signal_warning_scans" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "signal_warnings" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"series_key" text NOT NULL,
	"first_week" date NOT NULL,
	"last_week" date NOT NULL,
	"type" text NOT NULL,
	"indicator" text NOT NULL,
	"scope" text NOT NULL,
	"unit" text,
	"level" text,
	"function" text,
	"sales_person_id" uuid,
	"marketing_person_id" uuid,
	"label" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"rows" jsonb NOT NULL,
	"detected_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"acknowledge_note" text,
	"notified_at" timestamp with time zone,
	CONSTRAINT "signal_warnings_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "signal_warnings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE UNIQUE INDEX "signal_warnings_series_week_key" ON "signal_warnings" USING btree ("org_id","series_key","type","first_week");--> statement-breakpoint
CREATE INDEX "signal_warnings_detected_idx" ON "signal_warnings" USING btree ("org_id","detected_at");--> statement-breakpoint
CREATE POLICY "signal_warning_mails_org_isolation" ON "signal_warning_mails" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "signal_warning_scans_org_isolation" ON "signal_warning_scans" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "signal_warnings_org_isolation" ON "signal_warnings" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);