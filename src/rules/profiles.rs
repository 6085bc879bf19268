//! Profiles and agencies (R40, R31's roles).

use crate::slug_enum;

slug_enum! {
    /// R40: one general profile and at most two specialized ones.
    pub enum ProfileKind { General => "general", Specialized => "specialized" }
}

slug_enum! {
    /// A member's role in an agency.
    pub enum AgencyRole { Owner => "owner", BusinessManager => "business-manager", Member => "member" }
}

/// R40: how many specialized profiles a freelancer may have.
pub const MAX_SPECIALIZED: usize = 2;

/// R40: may a profile of `kind` be added next to `general` and `specialized` existing ones?
pub fn check_new_profile(
    kind: ProfileKind,
    general: usize,
    specialized: usize,
) -> Result<(), String> {
    match kind {
        ProfileKind::General if general >= 1 => Err(
            "there is already a general profile: a freelancer has exactly one (add this one with --specialized, or edit the general one)".into(),
        ),
        ProfileKind::Specialized if specialized >= MAX_SPECIALIZED => Err(format!(
            "there are already {MAX_SPECIALIZED} specialized profiles, the most allowed"
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r40_limits() {
        assert!(check_new_profile(ProfileKind::General, 0, 2).is_ok());
        assert!(check_new_profile(ProfileKind::General, 1, 0).is_err());
        assert!(check_new_profile(ProfileKind::Specialized, 1, 1).is_ok());
        assert!(check_new_profile(ProfileKind::Specialized, 1, 2).is_err());
    }
}
