ALTER TABLE "pulse_responses" ADD COLUMN "level" text NOT NULL;--> statement-breakpoint
ALTER TABLE "pulse_responses" ADD COLUMN "function" text NOT NULL;--> statement-breakpoint
ALTER TABLE "pulse_responses" ADD COLUMN "region" text;--> statement-breakpoint
ALTER TABLE "pulse_responses" ADD COLUMN "manager_chain" uuid[] DEFAULT '{}' NOT NULL;