//! helpdesk reader tests. (Being written.)
