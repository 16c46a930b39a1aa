-- PostgreSQL (production) keeps audit_event append-only with a trigger (db/vendor/postgresql). The embedded H2
-- database of a single desk or a test has no such trigger: there the trail is append-only by code only.
select 1;
