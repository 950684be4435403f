-- The top menu's sections: label names, one a line, in menu order; null when none are chosen.
ALTER TABLE site_settings ADD COLUMN sections VARCHAR(1000);
