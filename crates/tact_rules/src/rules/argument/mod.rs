//! The argument family.

mod blames_customer;
mod cites_rules_at_customer;
mod common;
mod condescension;
mod contradicts_customer;

pub(crate) use blames_customer::BlamesCustomer;
pub(crate) use cites_rules_at_customer::CitesRulesAtCustomer;
pub(crate) use condescension::Condescension;
pub(crate) use contradicts_customer::ContradictsCustomer;
