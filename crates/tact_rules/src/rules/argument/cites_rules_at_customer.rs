//! Rule A002 `cites-rules-at-customer`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct CitesRulesAtCustomer;

impl Rule for CitesRulesAtCustomer {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
