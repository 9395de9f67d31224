-- A project's transcription form: ordered fields, typed, each optionally exported as a Darwin Core term.
create table template_fields (
    id          integer generated always as identity primary key,
    project_id  integer not null references projects (id) on delete cascade,
    position    integer not null check (position > 0),
    scope       text not null default 'row' check (scope in ('row', 'page')),
    key         text not null check (key ~ '^[a-z][a-z0-9_]{0,39}$'),
    label       text not null check (length(label) between 1 and 100),
    help        text not null default '' check (length(help) <= 1000),
    kind        text not null check (kind in ('text', 'longtext', 'integer', 'decimal', 'date', 'coordinate', 'choice', 'yesno')),
    required    boolean not null default false,
    pattern     text check (length(pattern) <= 300),
    choices     text[] not null default '{}',
    dwc_term    text not null default '',
    constraint uq_template_fields_key unique (project_id, key),
    constraint uq_template_fields_position unique (project_id, position) deferrable initially deferred
);
