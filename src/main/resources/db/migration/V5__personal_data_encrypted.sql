-- ID numbers and phones are stored encrypted (AES-GCM, "v1:" + Base64), which needs wider columns; ID numbers
-- are looked up through a keyed fingerprint (HMAC-SHA256, hex), never through the plain value.
alter table dispute_party alter column id_number set data type varchar(200);
alter table dispute_party alter column phone set data type varchar(200);
alter table dispute_party add column id_number_fingerprint varchar(64);
create index idx_dispute_party_fingerprint on dispute_party (id_number_fingerprint);
