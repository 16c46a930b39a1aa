-- The audit trail names the case an entry is about by kind (DISPUTE, PETITION) and id; until now only disputes'
-- ids were kept, as case_id, so the entries written before are disputes'. (H2 variant: same changes.)
alter table audit_event rename column case_id to subject_id;
alter table audit_event add column subject_kind varchar(20);
-- The trail refuses every UPDATE (V16). This one back-fill is the schema's own: the trigger is held off for it
-- alone, inside this migration's transaction, so it is back on whether the migration commits or fails.
alter table audit_event disable trigger audit_event_no_change;
update audit_event set subject_kind = 'DISPUTE' where subject_id is not null;
alter table audit_event enable trigger audit_event_no_change;
alter table audit_event add constraint ck_audit_event_subject check ((subject_kind is null) = (subject_id is null));
drop index idx_audit_event_case;
create index idx_audit_event_subject on audit_event (subject_kind, subject_id);
