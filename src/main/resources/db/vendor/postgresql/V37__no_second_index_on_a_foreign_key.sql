-- PostgreSQL indexes no foreign key by itself, so the indexes H2's V37 drops are the only ones on their columns
-- here, and stay. This script keeps both databases at the same schema version.
select 1;
