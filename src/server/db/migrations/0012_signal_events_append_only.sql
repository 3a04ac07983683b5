-- Raw interaction events are append-only (PRODUCT.md data rules): the app role may insert and read them, never
-- change or remove them. Rollups are derived and stay writable (a rebuild replaces them).
REVOKE UPDATE, DELETE, TRUNCATE ON signal_events FROM tandem_app;
