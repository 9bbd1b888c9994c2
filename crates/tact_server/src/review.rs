//! Reviewing moments: a manager confirms a moment, calls it a false alarm (with a reason) or
//! puts it up for discussion; an agent disputes a moment of their own conversation; a manager
//! accepts or rejects the dispute with a reason. False alarms and disputes (pending or
//! accepted) leave the agent's score. This module is the rule book; the store applies it.

use crate::store::Role;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Confirm,
    FalseAlarm,
    Discuss,
    Dispute,
    Accept,
    Reject,
    Comment,
}

impl Action {
    pub const ALL: [Action; 7] = [
        Action::Confirm,
        Action::FalseAlarm,
        Action::Discuss,
        Action::Dispute,
        Action::Accept,
        Action::Reject,
        Action::Comment,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::Confirm => "confirm",
            Action::FalseAlarm => "false-alarm",
            Action::Discuss => "discuss",
            Action::Dispute => "dispute",
            Action::Accept => "accept",
            Action::Reject => "reject",
            Action::Comment => "comment",
        }
    }

    pub fn parse(s: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The status a moment has after this action; a comment changes none.
    pub fn status(self) -> Option<&'static str> {
        match self {
            Action::Confirm => Some("confirmed"),
            Action::FalseAlarm => Some("false-alarm"),
            Action::Discuss => Some("to-discuss"),
            Action::Dispute => Some("disputed"),
            Action::Accept => Some("dispute-accepted"),
            Action::Reject => Some("dispute-rejected"),
            Action::Comment => None,
        }
    }

    /// Actions that must say why.
    pub fn needs_reason(self) -> bool {
        matches!(
            self,
            Action::FalseAlarm
                | Action::Dispute
                | Action::Accept
                | Action::Reject
                | Action::Comment
        )
    }
}

/// Statuses that take a moment out of the score and the scorecards.
pub fn excludes(status: &str) -> bool {
    matches!(status, "false-alarm" | "disputed" | "dispute-accepted")
}

/// Whether `role` may take `action` on a moment whose status is `current` (`None`: not
/// reviewed yet). Who may see the conversation at all is checked before, by scope: a manager
/// reviews their team, an agent their own conversations.
pub fn allowed(role: Role, action: Action, current: Option<&str>) -> bool {
    let disputed = current == Some("disputed");
    match (role, action) {
        (_, Action::Comment) => true,
        (Role::Admin | Role::Manager, Action::Accept | Action::Reject) => disputed,
        // A pending dispute is settled by accepting or rejecting it, not overwritten.
        (Role::Admin | Role::Manager, Action::Confirm | Action::FalseAlarm | Action::Discuss) => {
            !disputed
        }
        (Role::Agent, Action::Dispute) => !matches!(
            current,
            Some("disputed" | "dispute-accepted" | "false-alarm")
        ),
        // An agent agrees with a moment of their own or asks to talk it through; calling it a
        // false alarm is what a dispute is for, so the manager decides.
        (Role::Agent, Action::Confirm | Action::Discuss) => !disputed,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agents_dispute_and_managers_settle() {
        assert!(allowed(Role::Agent, Action::Dispute, None));
        assert!(allowed(Role::Agent, Action::Dispute, Some("confirmed")));
        assert!(!allowed(Role::Agent, Action::Dispute, Some("disputed")));
        assert!(allowed(Role::Agent, Action::Confirm, None));
        assert!(allowed(Role::Agent, Action::Discuss, Some("confirmed")));
        assert!(!allowed(Role::Agent, Action::Confirm, Some("disputed")));
        assert!(!allowed(Role::Agent, Action::FalseAlarm, None));
        assert!(!allowed(Role::Agent, Action::Accept, Some("disputed")));
        assert!(allowed(Role::Manager, Action::Accept, Some("disputed")));
        assert!(!allowed(Role::Manager, Action::Accept, Some("confirmed")));
        assert!(!allowed(Role::Manager, Action::Confirm, Some("disputed")));
        assert!(allowed(
            Role::Manager,
            Action::FalseAlarm,
            Some("dispute-rejected")
        ));
        assert!(!allowed(Role::Manager, Action::Dispute, None));
        assert!(allowed(Role::Agent, Action::Comment, Some("disputed")));
    }

    #[test]
    fn false_alarms_and_disputes_leave_the_score() {
        let out: Vec<&str> = Action::ALL
            .iter()
            .filter_map(|a| a.status())
            .filter(|s| excludes(s))
            .collect();
        assert_eq!(out, ["false-alarm", "disputed", "dispute-accepted"]);
        for a in Action::ALL {
            assert_eq!(Action::parse(a.as_str()), Some(a));
        }
        assert!(Action::FalseAlarm.needs_reason() && !Action::Confirm.needs_reason());
    }
}
