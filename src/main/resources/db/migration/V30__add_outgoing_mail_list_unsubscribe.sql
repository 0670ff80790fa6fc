-- A mailing's one-click unsubscribe (RFC 8058), kept with the message so a retry from the outbox still sends
-- the List-Unsubscribe and List-Unsubscribe-Post headers.
alter table outgoing_mail add column list_unsubscribe_url varchar(1000);
alter table outgoing_mail add column list_unsubscribe_mailto varchar(254);
