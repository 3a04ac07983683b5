-- The initiative page is cached per process, keyed by initiatives.revision (src/server/buyin/page-cache.ts). These
-- triggers bump it in the same transaction as every write that changes anything the page shows, so a cached page is
-- never stale: a reader either sees the old revision (and the old page) or the new one (and computes the new page).
-- They run as the caller (tandem_app under RLS): the rows they touch are always in the caller's own org.
--
-- Child rows (history, evidence, involvement, test markets, feedback and responses, flex requests, pulses, blessings)
-- bump their initiative's revision; an update that moves a row to another initiative bumps both. Pulse answers and
-- invitations are covered by the pulses row, which every answer, change, deletion, reminder and close updates.
CREATE FUNCTION tandem_bump_initiative_revision() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changed record;
  target uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  IF TG_TABLE_NAME = 'working_session_attendees' THEN
    SELECT s.initiative_id INTO target FROM working_sessions s WHERE s.org_id = changed.org_id AND s.id = changed.session_id;
  ELSE
    target := changed.initiative_id;
    IF TG_OP = 'UPDATE' AND OLD.initiative_id IS DISTINCT FROM NEW.initiative_id AND OLD.initiative_id IS NOT NULL THEN
      UPDATE initiatives SET revision = revision + 1 WHERE org_id = OLD.org_id AND id = OLD.initiative_id;
    END IF;
  END IF;
  IF target IS NOT NULL THEN
    UPDATE initiatives SET revision = revision + 1 WHERE org_id = changed.org_id AND id = target;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Any update of the initiative itself bumps its revision (unless the update sets it, as the function above does).
CREATE FUNCTION tandem_initiative_revision() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.revision IS NOT DISTINCT FROM OLD.revision THEN
    NEW.revision := OLD.revision + 1;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
-- People are named on the page (owner, authors, members, attendees, requesters, blessings): a change to anyone in an
-- org bumps all its initiatives, once per statement (directory imports write people in chunks of one statement each).
CREATE FUNCTION tandem_bump_org_initiative_revisions() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE initiatives SET revision = revision + 1 WHERE org_id IN (SELECT DISTINCT org_id FROM changed_people);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER initiatives_revision BEFORE UPDATE ON initiatives FOR EACH ROW EXECUTE FUNCTION tandem_initiative_revision();
--> statement-breakpoint
CREATE TRIGGER initiative_history_revision AFTER INSERT OR UPDATE OR DELETE ON initiative_history FOR EACH ROW EXECUTE FUNCTION tandem_bump_initiative_revision();
--> statement-breakpoint
CREATE TRIGGER evidence_revision AFTER INSERT OR UPDATE OR DELETE ON evidence FOR EACH ROW EXECUTE FUNCTION tandem_bump_initiative_revision();
--> statement-breakpoint
CREATE TRIGGER advisory_members_revision AFTER INSERT OR UPDATE OR DELETE ON advisory_members FOR EACH ROW EXECUTE FUNCTION tandem_bump_initiative_revision();
--> statement-breakpoint
CREATE TRIGGER advisory_inputs_revision AFTER INSERT OR UPDATE OR DELETE ON advisory_inputs FOR EACH ROW EXECUTE FUNCTION tandem_bump_initiative_revision();
--> statement-breakpoint
CREATE TRIGGER working_sessions_revision AFTER INSERT OR UPDATE OR DELETE ON working_sessions FOR EACH ROW EXECUTE FUNCTION tandem_bump_initiative_revision();
--> statement-breakpoint
CREATE TRIGGER working_session_attendees_revision AFTER INSERT OR UPDATE OR DELETE ON working_session_attendees FOR EACH ROW EXECUTE FUNCTION tandem_bump_initiative_revision();
--> statement-breakpoint
CREATE TRIGGER test_markets_revision AFTER INSERT OR UPDATE OR DELETE ON test_markets FOR EACH ROW EXECUTE FUNCTION tandem_bump_initiative_revision();
--> statement-breakpoint
CREATE TRIGGER feedback_items_revision AFTER INSERT OR UPDATE OR DELETE ON feedback_items FOR EACH ROW EXECUTE FUNCTION tandem_bump_initiative_revision();
--> statement-breakpoint
CREATE TRIGGER feedback_responses_revision AFTER INSERT OR UPDATE OR DELETE ON feedback_responses FOR EACH ROW EXECUTE FUNCTION tandem_bump_initiative_revision();
--> statement-breakpoint
CREATE TRIGGER flex_requests_revision AFTER INSERT OR UPDATE OR DELETE ON flex_requests FOR EACH ROW EXECUTE FUNCTION tandem_bump_initiative_revision();
--> statement-breakpoint
CREATE TRIGGER pulses_revision AFTER INSERT OR UPDATE OR DELETE ON pulses FOR EACH ROW EXECUTE FUNCTION tandem_bump_initiative_revision();
--> statement-breakpoint
CREATE TRIGGER blessings_revision AFTER INSERT OR UPDATE OR DELETE ON blessings FOR EACH ROW EXECUTE FUNCTION tandem_bump_initiative_revision();
--> statement-breakpoint
CREATE TRIGGER people_update_revision AFTER UPDATE ON people REFERENCING NEW TABLE AS changed_people FOR EACH STATEMENT EXECUTE FUNCTION tandem_bump_org_initiative_revisions();
--> statement-breakpoint
CREATE TRIGGER people_delete_revision AFTER DELETE ON people REFERENCING OLD TABLE AS changed_people FOR EACH STATEMENT EXECUTE FUNCTION tandem_bump_org_initiative_revisions();
