//! Rule A003 `blames-customer`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct BlamesCustomer;

impl Rule for BlamesCustomer {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
