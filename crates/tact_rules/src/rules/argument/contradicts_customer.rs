//! Rule A001 `contradicts-customer`.

use crate::{CheckContext, Finding, Rule};

/// ## What it detects
/// TODO
pub struct ContradictsCustomer;

impl Rule for ContradictsCustomer {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Finding>) {}
}
