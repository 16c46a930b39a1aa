-- The audit trail is append-only in the database itself, not only by code: no role the application connects
-- with can change or remove what was recorded (an UPDATE, DELETE or TRUNCATE raises an error).
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception '审计记录只能追加，不能修改或删除（audit_event 为只追加表）';
end
$$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
