-- Which part of the organisation an office user (intake, supervisor, leader, court, statistician…) works for:
-- the user sees the cases of that region and everything below it. Mediators are scoped by their committee
-- (table mediator); a user with neither sees no case.
create table user_scope (
    user_id     varchar(64) primary key,
    region_code varchar(20) not null references region (code)
);
