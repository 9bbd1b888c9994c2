//! Rule O003 `upsell-barrage`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct UpsellBarrage;

impl Rule for UpsellBarrage {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
