-- 0015: how the content fixed a meeting's year when neither a date nor the publication did (issue
-- 18): the rule and the words of the text it was read from. Both NULL when a date fixed the year
-- or no year is known.
ALTER TABLE meetings ADD COLUMN year_rule TEXT;      -- year-phrase, text-plan-year, target-year, review-year, future-year or since-year
ALTER TABLE meetings ADD COLUMN year_evidence TEXT;  -- the words the year was read from (今年是十四五开局之年, 2025年主要预期目标 …)
