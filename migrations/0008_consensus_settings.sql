-- A project's consensus rules beside its redundancy settings (0006): how much agreement accepts a
-- value, how its volunteers write numeric dates, and its abbreviation list.

alter table projects
    -- Share of the weighted support the winning value needs (0.6 accepts 2 of 3, not 2 of 4).
    add column agreement_threshold  double precision not null default 0.6 check (agreement_threshold > 0 and agreement_threshold <= 1),
    -- How 8/3/1923 reads: mdy = 3 August, dmy = 8 March (year-first dates read the same either way).
    add column date_order           text not null default 'mdy' check (date_order in ('mdy', 'dmy')),
    -- {"Co.": "County", "Fm.": "Formation"}: an abbreviation and its long form compare as the same text.
    add column abbreviations        jsonb not null default '{}' check (jsonb_typeof(abbreviations) = 'object');
