CREATE TABLE "signal_revisions" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"revision" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "signal_revisions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "signal_revisions_org_isolation" ON "signal_revisions" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
-- The monitor counts people per group (and caches its answer keyed on the signals revision), so any change to an
-- org's people bumps the revision too, once per statement (directory imports write people in chunks). The function
-- runs as the caller (tandem_app under RLS): the people it sees changed are always in the caller's own org.
CREATE FUNCTION tandem_bump_signal_revision() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO signal_revisions AS r (org_id, revision)
  SELECT DISTINCT org_id, 1 FROM changed_people
  ON CONFLICT (org_id) DO UPDATE SET revision = r.revision + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER people_insert_signal_revision AFTER INSERT ON people REFERENCING NEW TABLE AS changed_people FOR EACH STATEMENT EXECUTE FUNCTION tandem_bump_signal_revision();
--> statement-breakpoint
CREATE TRIGGER people_update_signal_revision AFTER UPDATE ON people REFERENCING NEW TABLE AS changed_people FOR EACH STATEMENT EXECUTE FUNCTION tandem_bump_signal_revision();
--> statement-breakpoint
CREATE TRIGGER people_delete_signal_revision AFTER DELETE ON people REFERENCING OLD TABLE AS changed_people FOR EACH STATEMENT EXECUTE FUNCTION tandem_bump_signal_revision();
