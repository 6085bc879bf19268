-- Migration 7 of the SQLite store (007_letter_window_kept.sql), for PostgreSQL.
ALTER TABLE proposals ADD COLUMN edit_hours BIGINT CHECK (edit_hours BETWEEN 0 AND 168);

UPDATE proposals SET edit_hours = coalesce(
    (SELECT CAST(value AS BIGINT) FROM settings WHERE key = 'cover-letter-edit-hours'), 6);

ALTER TABLE proposals ADD COLUMN edited_at TEXT COLLATE "C";

UPDATE proposals SET edited_at = (
    SELECT max(e.at) FROM events e
    WHERE e.entity = 'proposal' AND e.entity_id = proposals.id AND e.action = 'edited');
