-- The day the parties signed a written people's mediation agreement, as the uploaded signed copy says: it took
-- effect then (人民调解法 第二十九条). Null while the signed copy has not come in.
alter table mediation add column agreement_signed_on date;
