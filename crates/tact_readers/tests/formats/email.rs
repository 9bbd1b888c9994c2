//! email reader tests. (Being written.)
