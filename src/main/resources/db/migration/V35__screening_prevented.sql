-- 预防纠纷: a finding may also be a dispute in the making that the round's workers talked down (outcome PREVENTED),
-- told, like one settled on the spot, by a note of what was done and with no case.
alter table screening_finding drop constraint ck_screening_finding_outcome;
alter table screening_finding add constraint ck_screening_finding_outcome check (
    (outcome = 'REGISTERED' and case_id is not null and case_no is not null and settled_note is null)
    or (outcome in ('SETTLED_ON_SPOT', 'PREVENTED') and case_id is null and case_no is null
        and settled_note is not null));
