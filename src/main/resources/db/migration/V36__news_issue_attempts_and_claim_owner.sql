-- Career news: a send that fails is retried a few times, then the issue is FAILED (attempts, last_error:
-- the exception's class, never input or addresses); the hold on a sending issue names the run holding it.
alter table news_issue add column attempts integer default 0 not null;
alter table news_issue add column last_error varchar(200);
alter table news_issue add column claimed_by varchar(36);
-- Unsubscribing now forgets the address: drop the rows kept by earlier unsubscribes.
delete from news_subscriber where status = 'UNSUBSCRIBED';
