-- A filed report covers a run of months (a quarter, a half-year, a year); a month's is the run of one month.
alter table stat_snapshot add column last_month_key integer;
update stat_snapshot set last_month_key = month_key;
alter table stat_snapshot alter column last_month_key set not null;
alter table stat_snapshot drop constraint uq_stat_snapshot_version;
alter table stat_snapshot add constraint uq_stat_snapshot_version unique (month_key, last_month_key, region_code, version);
