-- The organisation as a county keeps it (issue 18): regions and committees can be deactivated (kept for the
-- cases registered or mediated there), committees list the dispute types they take, mediators carry their
-- particulars and training, and the expert panel gets its own table. Phones are encrypted like the parties'
-- (AES-GCM, "v1:" + Base64), hence varchar(200). Plain SQL that H2 and PostgreSQL both run.
alter table region add column active boolean default true not null;

alter table committee add column active boolean default true not null;

-- none listed: the committee takes every type
create table committee_dispute_type (
    committee_code varchar(40) not null references committee (code),
    dispute_type   varchar(30) not null,
    primary key (committee_code, dispute_type)
);

alter table mediator add column gender varchar(10);
alter table mediator add column mediator_role varchar(20);
alter table mediator add column employment varchar(20);
alter table mediator add column phone varchar(200);
alter table mediator add column active_from date;
alter table mediator add column active_to date;

create table mediator_expertise (
    user_id      varchar(64) not null references mediator (user_id),
    dispute_type varchar(30) not null,
    primary key (user_id, dispute_type)
);

create table mediator_training (
    user_id    varchar(64)  not null references mediator (user_id),
    trained_on date         not null,
    hours      numeric(5, 1) not null,
    topic      varchar(200) not null,
    primary key (user_id, trained_on, topic)
);

create table expert (
    code           varchar(40)  primary key,
    name           varchar(100) not null,
    profession     varchar(100) not null,
    field          varchar(30),
    phone          varchar(200),
    committee_code varchar(40)  references committee (code),
    active         boolean      not null
);
