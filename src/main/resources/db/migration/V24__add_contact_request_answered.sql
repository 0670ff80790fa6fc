-- An organization marks the contact requests it answered in its portal; the portal lists its delivered
-- requests newest first.
alter table employer_contact_request add column answered_at timestamp with time zone;

create index ix_contact_request_employer_sent on employer_contact_request (employer_id, status, sent_at);
