-- What a report counts of each response, kept in one row beside it: the countable answers (numbers,
-- chosen options and single choices, never free text) and the scores, each as "key=value" words.
-- Reports read one row per response instead of grouping the response's answer and score rows.
-- Written in the submission's transaction; the application fills the rows of earlier responses.
CREATE TABLE report_sheet (
    response_id      UUID         PRIMARY KEY REFERENCES response (id),
    answers          TEXT         NOT NULL,
    scores           TEXT         NOT NULL
);
