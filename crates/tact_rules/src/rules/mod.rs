//! Every rule, one file each, grouped by family.

pub(crate) mod argument;
pub(crate) mod courtesy;
pub(crate) mod lead;
pub(crate) mod listening;
pub(crate) mod over_service;
pub(crate) mod pressure;
pub(crate) mod reaction;
