//! Rule A004 `condescension`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct Condescension;

impl Rule for Condescension {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
