-- Files in an S3-compatible bucket (sandiao.documents.store: s3): the row keeps the object's key instead of the
-- bytes; rows kept in the database, all those written before, keep their bytes. Every row has the one or the other.
alter table attachment_file add column object_key varchar(300);
alter table attachment_file alter column content drop not null;
alter table attachment_file add constraint ck_attachment_file_content
    check ((content is not null and object_key is null) or (content is null and object_key is not null));
alter table document_file add column object_key varchar(300);
alter table document_file alter column content drop not null;
alter table document_file add constraint ck_document_file_content
    check ((content is not null and object_key is null) or (content is null and object_key is not null));
