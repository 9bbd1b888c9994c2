//! reviews reader tests. (Being written.)
