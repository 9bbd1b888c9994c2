//! Rule P004 `talks-over-customer`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct TalksOverCustomer;

impl Rule for TalksOverCustomer {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
