//! whatsapp reader tests. (Being written.)
