-- Organisation: the region tree (county → township → village), mediation committees and their mediators.
create table region (
    code        varchar(20)  primary key,
    name        varchar(100) not null,
    level       varchar(20)  not null,
    parent_code varchar(20)  references region (code)
);

create table committee (
    code          varchar(40)  primary key,
    name          varchar(100) not null,
    kind          varchar(30)  not null,
    region_code   varchar(20)  not null references region (code),
    specialty     varchar(30),
    group_id      varchar(64)  not null unique
);

create table mediator (
    user_id        varchar(64)  primary key,
    name           varchar(100) not null,
    committee_code varchar(40)  not null references committee (code),
    active         boolean      not null
);
create index idx_mediator_committee on mediator (committee_code);
