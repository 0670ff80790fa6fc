-- Saved-search alerts find new results by time rather than by comparing a capped result list:
-- a program's first publication and an organization's first listing are recorded (existing published
-- or listed rows get their last change or creation time, or a time long past, so none of them is new),
-- and each alert keeps the time from which results are new to it. Failures count an alert's runs that
-- failed in a row. The per-account duplicate check gets a constraint, on a SHA-256 hash of the query
-- (the 2000-character query itself is not indexed); alerts made before this get a placeholder hash that
-- no query has.
alter table training add column published_at timestamp with time zone;
update training set published_at = coalesce(updated_at, timestamp with time zone '2000-01-01 00:00:00+00')
    where status = 'PUBLISHED';

alter table employer add column listed_at timestamp with time zone;
update employer set listed_at = coalesce(created_at, timestamp with time zone '2000-01-01 00:00:00+00')
    where verification in ('VERIFIED', 'SUSPENDED');

alter table search_alert add column baseline_at timestamp with time zone;
update search_alert set baseline_at = created_at;
alter table search_alert alter column baseline_at set not null;

alter table search_alert add column failures integer default 0 not null;

alter table search_alert add column query_hash varchar(64);
update search_alert set query_hash = 'made-before-v33-' || cast(id as varchar(20));
alter table search_alert alter column query_hash set not null;

create unique index ux_search_alert_account_search on search_alert (account_id, kind, query_hash);
