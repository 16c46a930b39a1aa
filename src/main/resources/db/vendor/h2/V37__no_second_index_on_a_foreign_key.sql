-- H2 gives each foreign key an index of its own when it is declared. These indexes were added after their foreign
-- keys (for PostgreSQL, which indexes no foreign key by itself), so on H2 each of these tables had two indexes over
-- the same column, and every row written was written into both: the timeline and the sessions at every step of a
-- case, a petition's rows at every step of a petition. The foreign key's own index stays and serves the same look-ups
-- (a case's timeline is ordered in memory: a case has tens of entries). PostgreSQL keeps its indexes.
drop index if exists idx_case_event_case;
drop index if exists idx_case_handoff_case;
drop index if exists idx_mediation_session_mediation;
drop index if exists idx_supervision_case;
drop index if exists idx_follow_up_case;
drop index if exists idx_deadline_adjustment_case;
drop index if exists idx_petitioner_petition;
drop index if exists idx_petition_event_petition;
drop index if exists idx_petition_dispute_case;
drop index if exists idx_petition_notice_petition;
drop index if exists idx_petition_review_petition;
drop index if exists idx_attachment_case;
drop index if exists screening_finding_round;
drop index if exists idx_issued_document_petition;
