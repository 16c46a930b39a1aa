-- A staff account made by the organisation's administrator from the roster or for an office: the Camunda user
-- (ACT_ID_USER) holds the name and password; this row holds what the product adds to it. The initial password
-- is handed to the person once and must be changed at the first login; a disabled account (its mediator left)
-- can no longer log in, and its user row stays for the history that names it.
create table staff_account (
    user_id              varchar(64) primary key,
    role                 varchar(40) not null,
    office_code          varchar(20) references region (code),
    committee_code       varchar(40),
    must_change_password boolean not null,
    opened_at            timestamp with time zone not null,
    opened_by            varchar(64) not null,
    disabled_at          timestamp with time zone
);
