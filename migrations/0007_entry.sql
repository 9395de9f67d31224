-- What the entry screen needs: per-project input limits, drafts, flags; and where consensus results live.

-- Limits a curator may raise: a ledger row is short, and one runaway paste must not become a 5 MB transcription.
alter table projects
    add column max_field_length  integer not null default 2000 check (max_field_length between 10 and 20000),
    add column max_rows          integer not null default 200  check (max_rows between 1 and 2000);

-- The volunteer's work in progress on a page: saved every few seconds and when they leave, so
-- nothing they typed is lost. Only its owner ever reads it; submitting deletes it.
create table page_drafts (
    page_id       integer not null references pages (id) on delete cascade,
    volunteer_id  uuid not null references users (id) on delete cascade,
    rows          jsonb not null default '[]',
    page_fields   jsonb not null default '{}',
    saved_at      timestamptz not null default now(),
    primary key (page_id, volunteer_id)
);
create index ix_page_drafts_volunteer on page_drafts (volunteer_id, saved_at desc);

-- A volunteer's report that a page cannot be transcribed as asked (the page then waits for a curator).
create table page_flags (
    id            bigint generated always as identity primary key,
    page_id       integer not null references pages (id) on delete cascade,
    volunteer_id  uuid not null references users (id) on delete cascade,
    reason        text not null check (reason in ('blank', 'illegible', 'damaged', 'not_ledger', 'other')),
    note          text not null default '' check (length(note) <= 2000),
    flagged_at    timestamptz not null default now(),
    resolved_at   timestamptz,
    constraint uq_page_flags_page_volunteer unique (page_id, volunteer_id)
);
create index ix_page_flags_volunteer on page_flags (volunteer_id, flagged_at desc);
create index ix_page_flags_open on page_flags (page_id) where resolved_at is null;

-- The consensus of a page as last computed, with the engine version that computed it (so results
-- can be recomputed after an engine change). result holds the engine's page JSON: aligned rows,
-- and per field its value, agreement, decision, candidates with supporters (transcription ids).
create table page_consensus (
    page_id              integer primary key references pages (id) on delete cascade,
    engine_version       text not null,
    decision             text not null check (decision in ('accept', 'more', 'review')),
    transcription_count  integer not null,
    result               jsonb not null,
    computed_at          timestamptz not null default now()
);

-- How well each transcription agreed with its page's consensus (fields where it sided with an
-- accepted value, out of fields it was compared on): the volunteer's stats and reliability weight.
create table transcription_scores (
    transcription_id  bigint primary key references transcriptions (id) on delete cascade,
    agreed            integer not null check (agreed >= 0),
    compared          integer not null check (compared >= agreed),
    engine_version    text not null,
    scored_at         timestamptz not null default now()
);
