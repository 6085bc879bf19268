//! Catalog projects (R43): ordering one starts a contract and costs no Connects.

use crate::store::db::Db;
use serde_json::json;

use crate::error::Result;
use crate::rules::jobs::PayType;
use crate::store::offers::{self, NewContract};
use crate::store::{self, events, settings};

/// R43: a client's order of a catalog project starts a contract; no Connects are spent.
pub fn order(
    conn: &Db,
    project_id: i64,
    client_id: i64,
    uid: Option<&str>,
    now: jiff::Timestamp,
) -> Result<i64> {
    let p = offers::get_catalog(conn, project_id)?;
    store::check_uid_free(conn, "contracts", "contract", uid, None)?;
    let fee_pct = settings::load(conn)?.service_fee_pct;
    let id = offers::insert_contract(
        conn,
        &NewContract {
            uid,
            offer_id: None,
            proposal_id: None,
            catalog_id: Some(p.id),
            client_id,
            job_id: None,
            title: &p.title,
            pay_type: PayType::Fixed,
            rate_cents: None,
            bid_cents: Some(p.price_cents),
            milestones: &[],
            weekly_limit_hours: None,
            fee_pct,
            started_at: now,
        },
    )?;
    events::record(
        conn,
        now,
        "catalog",
        p.id,
        "ordered",
        json!({ "client_id": client_id, "contract_id": id }),
    )?;
    events::record(
        conn,
        now,
        "contract",
        id,
        "started",
        json!({ "catalog_id": p.id }),
    )?;
    Ok(id)
}
