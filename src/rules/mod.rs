//! The marketplace rules as pure functions and types: no SQLite, no terminal.
//!
//! Every closed set (statuses, reasons, durations…) is an enum declared with [`slug_enum!`],
//! the one place that maps each variant to the slug used by clap, serde and the store.

pub mod connects;
pub mod contact;
pub mod insight;
pub mod invites;
pub mod jobs;
pub mod money;
pub mod offers;
pub mod profiles;
pub mod proposals;
pub mod settings;
pub mod text;

/// I8: a change dated `now` comes at or after `earliest`, the time of what it follows; the
/// one check behind every "cannot … before that" refusal. `refusal` says what happened then.
pub fn not_before(
    now: jiff::Timestamp,
    earliest: jiff::Timestamp,
    refusal: impl FnOnce() -> String,
) -> Result<(), String> {
    if now < earliest {
        return Err(refusal());
    }
    Ok(())
}

/// A closed set of slugs, for code that works over any of them (prompts, help).
pub trait Slug: Copy + 'static {
    fn all() -> &'static [Self];
    fn slug(self) -> &'static str;
}

/// Declares an enum of slugs: `as_str`, `FromStr`, `Display`, serde and clap's `ValueEnum`.
#[macro_export]
macro_rules! slug_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $slug:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            /// The accepted slugs, comma-separated, for error messages.
            pub fn choices() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        impl $crate::rules::Slug for $name {
            fn all() -> &'static [Self] {
                Self::ALL
            }
            fn slug(self) -> &'static str {
                self.as_str()
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($slug => Ok($name::$variant),)+
                    _ => Err(format!("'{}' is not one of: {}", s, Self::choices())),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "string", "enum": [$($slug),+] })
            }
        }

        impl clap::ValueEnum for $name {
            fn value_variants<'a>() -> &'a [Self] {
                Self::ALL
            }
            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                Some(clap::builder::PossibleValue::new(self.as_str()))
            }
        }
    };
}
