-- R16: a proposal keeps the cover-letter edit window in force when it was submitted, as it
-- keeps its fee (R12), so changing `cover-letter-edit-hours` later neither reopens a locked
-- letter nor closes an open one early. Proposals already in the store keep the window the
-- setting gives now. NULL (a proposal from an older export) follows the setting.
ALTER TABLE proposals ADD COLUMN edit_hours INTEGER CHECK (edit_hours BETWEEN 0 AND 168);

UPDATE proposals SET edit_hours = coalesce(
    (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'cover-letter-edit-hours'), 6);

-- R20: when the proposal's letter or terms were last edited. An offer carries the terms as
-- they stand and locks them, so it cannot have arrived before that (I8).
ALTER TABLE proposals ADD COLUMN edited_at TEXT;

UPDATE proposals SET edited_at = (
    SELECT max(e.at) FROM events e
    WHERE e.entity = 'proposal' AND e.entity_id = proposals.id AND e.action = 'edited');
