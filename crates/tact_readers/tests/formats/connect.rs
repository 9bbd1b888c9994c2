//! connect reader tests. (Being written.)
