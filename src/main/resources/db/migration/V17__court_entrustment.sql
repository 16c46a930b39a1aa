-- A case a court hands to a mediation body (委派 before filing, 委托 after): the court's case number, the kind,
-- the procedure of a filed case, the body named and the day it signed for the materials (the limit counts from it).
alter table dispute_case add column court_case_no varchar(64);
alter table dispute_case add column entrustment_kind varchar(20);
alter table dispute_case add column court_procedure varchar(20);
alter table dispute_case add column entrusted_committee varchar(40) references committee (code);
alter table dispute_case add column materials_signed_on date;
