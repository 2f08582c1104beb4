-- What a report counts of each response, kept in one row beside it: the countable answers (numbers,
-- chosen options and single choices, never free text) and the scores, each as "key=value" words.
-- Reports read one row per response instead of grouping the response's answer and score rows.
-- Written in the submission's transaction; the application fills the rows of earlier responses.
-- VARCHAR, not TEXT: H2 keeps TEXT as a large object, read through a second lookup per row.
CREATE TABLE report_sheet (
    response_id      UUID         PRIMARY KEY REFERENCES response (id),
    answers          VARCHAR      NOT NULL,
    scores           VARCHAR      NOT NULL
);
