//! Rule C002 `buyer-rudeness`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct BuyerRudeness;

impl Rule for BuyerRudeness {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
