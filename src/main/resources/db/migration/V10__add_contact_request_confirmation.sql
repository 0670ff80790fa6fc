-- A message from an address nobody has confirmed waits (PENDING) until the sender opens the emailed link;
-- only the SHA-256 of the link's secret is kept. Rows stored before this were all sent at once.
alter table employer_contact_request add column status varchar(20) default 'SENT' not null;
alter table employer_contact_request add column token_hash varchar(64);
alter table employer_contact_request add column expires_at timestamp with time zone;
alter table employer_contact_request add column sent_at timestamp with time zone;

update employer_contact_request set sent_at = created_at;

create unique index ux_contact_request_token on employer_contact_request (token_hash);
create index ix_contact_request_status_expiry on employer_contact_request (status, expires_at);
