-- A petition's notices and opinions (受理告知书 … 复核意见书) are papers like a case's: the same store, numbers, hashes
-- and check codes. A paper belongs to a dispute case or to a petition, never both; versions count per owner and kind.
alter table issued_document add column petition_id bigint references petition (id);
alter table issued_document alter column case_id drop not null;
alter table issued_document add constraint ck_issued_document_owner
    check ((case_id is null and petition_id is not null) or (case_id is not null and petition_id is null));
alter table issued_document add constraint uq_issued_document_petition_version unique (petition_id, kind, version);
create index idx_issued_document_petition on issued_document (petition_id);
