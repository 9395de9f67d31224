-- Page notes: a short discussion thread per page, readable by everyone signed in. Notes are talk about
-- the page (a smudged row, a locality seen elsewhere), never transcriptions, which stay independent.

create table page_notes (
    id          bigint generated always as identity primary key,
    page_id     integer not null references pages (id) on delete cascade,
    author_id   uuid not null references users (id),
    -- Cleaned before storing (Core/Notes/NoteText): trimmed, NFC, no control characters but newline and tab.
    body        text not null check (length(body) between 1 and 2000),
    created_at  timestamptz not null default now()
);
create index ix_page_notes_page on page_notes (page_id, created_at);
create index ix_page_notes_author on page_notes (author_id);

-- How a curator settled a page's flags (Features/Flags): the volunteer who flagged it sees the outcome on
-- their work page, and pages set aside can be found again. Null while the flag is open.
alter table page_flags
    add column resolution   text check (resolution in ('returned', 'set_aside')),
    add column resolved_by  uuid references users (id) on delete set null;
