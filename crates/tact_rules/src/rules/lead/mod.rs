//! The lead family.

mod after_hours_unanswered;
mod no_next_step;
mod slow_first_response;

pub(crate) use after_hours_unanswered::AfterHoursUnanswered;
pub(crate) use no_next_step::NoNextStep;
pub(crate) use slow_first_response::SlowFirstResponse;
