-- The audit trail names the case an entry is about by kind (DISPUTE, PETITION) and id; until now only disputes'
-- ids were kept, as case_id, so the entries written before are disputes'. (PostgreSQL variant: same changes,
-- with the append-only trigger held off for the back-fill.)
alter table audit_event alter column case_id rename to subject_id;
alter table audit_event add column subject_kind varchar(20);
update audit_event set subject_kind = 'DISPUTE' where subject_id is not null;
alter table audit_event add constraint ck_audit_event_subject check ((subject_kind is null) = (subject_id is null));
drop index idx_audit_event_case;
create index idx_audit_event_subject on audit_event (subject_kind, subject_id);
