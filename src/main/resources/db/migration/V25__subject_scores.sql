-- Points of a points-based rule set (QD366-2025): {"common": 0-30, "tasks": 0-70} as self-scored (issue 13)
ALTER TABLE campaign_subject ADD COLUMN scores_json VARCHAR(1000);
