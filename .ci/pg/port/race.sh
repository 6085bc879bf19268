#!/bin/bash
# Two writers each run lancer's R19 pattern: read "is there a live proposal of this owner on the job?",
# then insert one if not, in one transaction each, started together.
J=1
run() { # $1 = lock statement or empty, $2 = label
psql -X -q -h 127.0.0.1 -p 5499 -U postgres -d lancer_c -At <<SQL
BEGIN;
$1
SELECT CASE WHEN min(id) IS NULL THEN 'none' ELSE 'some' END AS seen FROM proposals WHERE job_id = $J AND agency_id IS NOT DISTINCT FROM NULL AND status IN ('submitted', 'active', 'offered') \gset
SELECT pg_sleep(1);
INSERT INTO proposals (job_id, profile_id, status, pay_type, bid_cents, fee_pct, submitted_at, created_at)
  SELECT $J, 1, 'submitted', 'fixed', 10000, 10, 't', 't' WHERE :'seen' = 'none';
COMMIT;
SQL
}
for mode in "" "SELECT pg_advisory_xact_lock(1280197458);"; do
  run "$mode" & run "$mode" & wait
  echo "lock='$mode' -> live proposals on job $J: $(psql -X -h 127.0.0.1 -p 5499 -U postgres -d lancer_c -Atc "SELECT count(*) FROM proposals WHERE job_id = $J AND status = 'submitted'")"
  psql -X -q -h 127.0.0.1 -p 5499 -U postgres -d lancer_c -c "DELETE FROM proposals WHERE job_id = $J"
done
