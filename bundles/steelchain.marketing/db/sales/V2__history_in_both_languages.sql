-- What changed is kept as a message key and its arguments, read in each user's language;
-- entries written before keep their English text in CHANGE_TEXT and have no key.
ALTER TABLE MK_SALES_HISTORY ADD COLUMN CHANGE_KEY VARCHAR(64);
ALTER TABLE MK_SALES_HISTORY ADD COLUMN CHANGE_ARGS VARCHAR(1000);
