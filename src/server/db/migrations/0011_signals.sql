CREATE TABLE "signal_events" (
	"org_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"initiator_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"answered_at" timestamp with time zone,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signal_events_org_id_external_id_pk" PRIMARY KEY("org_id","external_id")
);
--> statement-breakpoint
ALTER TABLE "signal_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "signal_pair_days" (
	"org_id" uuid NOT NULL,
	"initiator_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"day" date NOT NULL,
	"events" integer NOT NULL,
	"answered" integer NOT NULL,
	"unanswered" integer NOT NULL,
	"response_seconds_sum" bigint NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"cross_function" boolean NOT NULL,
	CONSTRAINT "signal_pair_days_org_id_day_initiator_id_recipient_id_pk" PRIMARY KEY("org_id","day","initiator_id","recipient_id")
);
--> statement-breakpoint
ALTER TABLE "signal_pair_days" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "signal_unit_weeks" (
	"org_id" uuid NOT NULL,
	"unit" text NOT NULL,
	"level" text NOT NULL,
	"function" text NOT NULL,
	"week_start" date NOT NULL,
	"initiated" integer NOT NULL,
	"outreach" integer NOT NULL,
	"outreach_answered" integer NOT NULL,
	"outreach_unanswered" integer NOT NULL,
	"outreach_response_seconds_sum" bigint NOT NULL,
	"inbound" integer NOT NULL,
	"inbound_answered" integer NOT NULL,
	"inbound_unanswered" integer NOT NULL,
	"inbound_response_seconds_sum" bigint NOT NULL,
	CONSTRAINT "signal_unit_weeks_org_id_week_start_unit_level_function_pk" PRIMARY KEY("org_id","week_start","unit","level","function")
);
--> statement-breakpoint
ALTER TABLE "signal_unit_weeks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "signal_events_org_isolation" ON "signal_events" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "signal_pair_days_org_isolation" ON "signal_pair_days" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "signal_unit_weeks_org_isolation" ON "signal_unit_weeks" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);