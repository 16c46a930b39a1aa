-- People's mediation cases closed and waiting for their case file (卷宗) to be bound: written in the closure's own
-- transaction, taken off by the node that binds it. Binding is kept off the closing request (it takes a second or two
-- of CPU) and is not lost if the node stops before it is done.
create table case_file_queue (
    case_id   bigint primary key references dispute_case (id),
    queued_at timestamp with time zone not null
);
