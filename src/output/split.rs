//! A record's top-level fields, each as the JSON text serde_json writes for it, taken while the
//! record is serialised: a CSV or TSV row needs each field's text, and this gives it without
//! writing the whole object and reading it back.

use std::borrow::Cow;
use std::ops::Range;

use serde::ser::{self, Impossible, Serialize, SerializeMap, SerializeStruct};

/// The fields of one record: the JSON text of every value, one after another in `text`, and
/// each key with the range of its value.
#[derive(Default)]
pub struct Fields {
    text: Vec<u8>,
    spans: Vec<(Cow<'static, str>, Range<usize>)>,
}

impl Fields {
    /// The record's fields, in the order it writes them. A record that is not a JSON object
    /// is an error.
    pub fn of<T: Serialize + ?Sized>(record: &T) -> serde_json::Result<Fields> {
        let mut fields = Fields::default();
        record.serialize(&mut fields)?;
        Ok(fields)
    }

    /// The JSON text of the last field named `key`, as a map read from the object's text
    /// would keep it.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.spans
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            // Each range holds whole serde_json output, which is UTF-8.
            .map(|(_, r)| std::str::from_utf8(&self.text[r.clone()]).expect("JSON text"))
    }

    fn value<V: Serialize + ?Sized>(
        &mut self,
        key: Cow<'static, str>,
        value: &V,
    ) -> serde_json::Result<()> {
        let start = self.text.len();
        serde_json::to_writer(&mut self.text, value)?;
        self.spans.push((key, start..self.text.len()));
        Ok(())
    }
}

fn not_an_object() -> serde_json::Error {
    ser::Error::custom("a record's JSON is not an object")
}

/// Every shape but a struct or a map is refused.
macro_rules! refuse {
    ($($name:ident($($arg:ty),*)),* $(,)?) => {
        $(fn $name(self, $(_: $arg),*) -> serde_json::Result<()> { Err(not_an_object()) })*
    };
}

impl<'a> ser::Serializer for &'a mut Fields {
    type Ok = ();
    type Error = serde_json::Error;
    type SerializeSeq = Impossible<(), serde_json::Error>;
    type SerializeTuple = Impossible<(), serde_json::Error>;
    type SerializeTupleStruct = Impossible<(), serde_json::Error>;
    type SerializeTupleVariant = Impossible<(), serde_json::Error>;
    type SerializeMap = MapFields<'a>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), serde_json::Error>;

    refuse! {
        serialize_bool(bool), serialize_i8(i8), serialize_i16(i16), serialize_i32(i32),
        serialize_i64(i64), serialize_u8(u8), serialize_u16(u16), serialize_u32(u32),
        serialize_u64(u64), serialize_f32(f32), serialize_f64(f64), serialize_char(char),
        serialize_str(&str), serialize_bytes(&[u8]), serialize_none(), serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> serde_json::Result<()> {
        value.serialize(self)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> serde_json::Result<()> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> serde_json::Result<()> {
        Err(not_an_object())
    }
    fn serialize_seq(self, _: Option<usize>) -> serde_json::Result<Self::SerializeSeq> {
        Err(not_an_object())
    }
    fn serialize_tuple(self, _: usize) -> serde_json::Result<Self::SerializeTuple> {
        Err(not_an_object())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> serde_json::Result<Self::SerializeTupleStruct> {
        Err(not_an_object())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> serde_json::Result<Self::SerializeTupleVariant> {
        Err(not_an_object())
    }
    fn serialize_map(self, _: Option<usize>) -> serde_json::Result<MapFields<'a>> {
        Ok(MapFields {
            fields: self,
            key: None,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> serde_json::Result<Self> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> serde_json::Result<Self::SerializeStructVariant> {
        Err(not_an_object())
    }
}

impl SerializeStruct for &mut Fields {
    type Ok = ();
    type Error = serde_json::Error;
    fn serialize_field<V: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &V,
    ) -> serde_json::Result<()> {
        self.value(Cow::Borrowed(key), value)
    }
    fn end(self) -> serde_json::Result<()> {
        Ok(())
    }
}

/// A record written as a map (a struct with a flattened part): its keys are taken as
/// serde_json writes an object's keys.
pub struct MapFields<'a> {
    fields: &'a mut Fields,
    key: Option<String>,
}

impl SerializeMap for MapFields<'_> {
    type Ok = ();
    type Error = serde_json::Error;
    fn serialize_key<K: Serialize + ?Sized>(&mut self, key: &K) -> serde_json::Result<()> {
        // serde_json writes a map key as a string: a string as itself, a number or a bool
        // as its text.
        let text = serde_json::to_string(key)?;
        self.key = Some(
            match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
                Some(plain) if !plain.contains('\\') => plain.to_owned(),
                Some(_) => serde_json::from_str(&text)?,
                None => text,
            },
        );
        Ok(())
    }
    fn serialize_value<V: Serialize + ?Sized>(&mut self, value: &V) -> serde_json::Result<()> {
        let key = self
            .key
            .take()
            .ok_or_else(|| ser::Error::custom("a value without a key"))?;
        self.fields.value(Cow::Owned(key), value)
    }
    fn end(self) -> serde_json::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each top-level key gets the value text the parser gives it, in the order written,
    /// for plain structs, flattened ones, and nested values full of JSON's own characters.
    #[test]
    fn fields_are_the_parsers() {
        #[derive(serde::Serialize)]
        struct Inner {
            balance: i64,
            lots: Vec<serde_json::Value>,
        }
        #[derive(serde::Serialize)]
        struct Outer {
            id: i64,
            #[serde(skip_serializing_if = "Option::is_none")]
            gone: Option<i64>,
            uid: Option<String>,
            #[serde(flatten)]
            inner: Inner,
            text: &'static str,
        }
        let outer = Outer {
            id: 7,
            gone: None,
            uid: None,
            inner: Inner {
                balance: -3,
                lots: vec![
                    serde_json::json!({"k": "}\"", "l": [[1, 2], {}]}),
                    serde_json::json!("x]"),
                ],
            },
            text: "a \"quoted\" {brace} [bracket], comma\\ and \u{1F600} and \n",
        };
        let values = [
            serde_json::to_value(&outer).unwrap(),
            serde_json::json!({}),
            serde_json::json!({ "we\"ird": 1, "after": [1], "n": 1.5, "t": true }),
        ];
        for value in values {
            let json = serde_json::to_string(&value).unwrap();
            let parsed: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&json).unwrap();
            let split = Fields::of(&value).unwrap();
            let keys: Vec<&str> = split.spans.iter().map(|(k, _)| k.as_ref()).collect();
            let want: Vec<&str> = parsed.keys().map(String::as_str).collect();
            assert_eq!(keys, want, "{json}");
            for (key, v) in &parsed {
                assert_eq!(
                    split.get(key).unwrap(),
                    serde_json::to_string(v).unwrap(),
                    "{key}"
                );
            }
        }
        // The struct itself, not only its value: the same keys, in its own order.
        let split = Fields::of(&outer).unwrap();
        let keys: Vec<&str> = split.spans.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["id", "uid", "balance", "lots", "text"]);
        assert_eq!(split.get("uid"), Some("null"));
        assert_eq!(
            split.get("lots").unwrap(),
            serde_json::to_string(&outer.inner.lots).unwrap()
        );
        assert!(Fields::of(&[1]).is_err());
        assert!(Fields::of("text").is_err());
    }
}
