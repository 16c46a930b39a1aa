-- The parties' choice after a failed mediation (NEXT_LEVEL, ADMINISTRATIVE, JUDICIAL, NONE); DMN decides with it.
alter table mediation add column escalate_to varchar(20);
