-- The day a people's mediation agreement took effect, once the signed agreement is uploaded: the 30-day window to
-- apply for judicial confirmation counts from it (人民调解法 第三十三条). Null: from the day the outcome was recorded.
alter table judicial_confirmation add column agreement_effective_on date;
