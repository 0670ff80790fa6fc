-- A sender holds a message before handing it to SMTP (the scheduler and the after-commit executor could
-- otherwise both send it), and a failed message is held back before its next try. The hold lapses at
-- held_until, so a message whose sender died mid-send is tried again.
alter table outgoing_mail add column held_until timestamp with time zone;
