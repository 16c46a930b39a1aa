-- Each node keeps the active committees in memory for the routing of every case (CommitteeCatalogue). This row's
-- stamp is replaced by a new random value in every transaction that changes a committee, whichever node it runs on,
-- so that a node compares one value before each use instead of reading the committees again.
create table reference_stamp (
    name  varchar(40) primary key,
    stamp bigint      not null
);
insert into reference_stamp (name, stamp) values ('committee', 0);
