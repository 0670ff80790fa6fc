-- Mail that carries a one-time link: its body is blanked once SMTP has taken it.
alter table outgoing_mail add column redact_after_send boolean default false not null;
