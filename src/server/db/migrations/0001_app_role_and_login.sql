-- The application connects as tandem_app, which owns nothing: row-level security applies to every query it makes.
-- Roles are cluster-wide, so creating it tolerates another database (or a concurrent migration) having made it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tandem_app') THEN
    CREATE ROLE tandem_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT tandem_app TO %I', current_user);
EXCEPTION WHEN others THEN NULL;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tandem_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tandem_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tandem_app;
--> statement-breakpoint
-- Sign-in happens before the org is known: these narrow functions run as the owner and return only what sign-in needs.
CREATE FUNCTION tandem_login_candidates(p_email text)
RETURNS TABLE (org_id uuid, user_id uuid, password_hash text, active boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT u.org_id, u.id, u.password_hash, u.active FROM users u WHERE u.email = lower(p_email) ORDER BY u.created_at LIMIT 5
$$;
--> statement-breakpoint
CREATE FUNCTION tandem_email_in_use(p_email text)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM users u WHERE u.email = lower(p_email))
$$;
--> statement-breakpoint
-- Used by the CLI and start-up to find an org by its slug; never reachable from the HTTP API.
CREATE FUNCTION tandem_list_orgs()
RETURNS TABLE (org_id uuid, slug text, name text, demo boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT o.org_id, o.slug, o.name, o.demo FROM orgs o ORDER BY o.created_at
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION tandem_login_candidates(text), tandem_email_in_use(text), tandem_list_orgs() FROM public;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION tandem_login_candidates(text), tandem_email_in_use(text), tandem_list_orgs() TO tandem_app;
