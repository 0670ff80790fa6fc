-- Mail to someone else that holds what an account shared (an organization told of a seeker's interest)
-- names that account, so deleting the account deletes the message even if SMTP never took it.
alter table outgoing_mail add column about_account_id bigint;
create index outgoing_mail_about_account on outgoing_mail (about_account_id);
