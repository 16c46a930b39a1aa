-- A registration retried with the same Idempotency-Key creates one case: the key remembers the case it made.
create table registration_key (
    user_id      varchar(64)  not null,
    idem_key     varchar(100) not null,
    request_hash varchar(64)  not null,
    case_id      bigint       not null references dispute_case (id),
    created_at   timestamp with time zone not null,
    primary key (user_id, idem_key)
);
