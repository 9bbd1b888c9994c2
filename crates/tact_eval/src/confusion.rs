//! A binary confusion matrix and the figures derived from it.

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Confusion {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
}

fn div(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

impl Confusion {
    pub fn add(&mut self, predicted: bool, gold: bool) {
        match (predicted, gold) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }
    pub fn merge(&mut self, o: &Confusion) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.tn += o.tn;
    }
    pub fn total(&self) -> usize {
        self.tp + self.fp + self.fn_ + self.tn
    }
    pub fn precision(&self) -> Option<f64> {
        div(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> Option<f64> {
        div(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> Option<f64> {
        let (p, r) = (self.precision()?, self.recall()?);
        (p + r > 0.0).then(|| 2.0 * p * r / (p + r))
    }
    pub fn accuracy(&self) -> Option<f64> {
        div(self.tp + self.tn, self.total())
    }
    /// The mean of the F1 of the positive and of the negative class.
    pub fn macro_f1(&self) -> Option<f64> {
        let f = |tp: usize, wrong: usize| div(2 * tp, 2 * tp + wrong).unwrap_or(0.0);
        (self.total() > 0)
            .then(|| (f(self.tp, self.fp + self.fn_) + f(self.tn, self.fp + self.fn_)) / 2.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_follow_the_definitions() {
        let c = Confusion {
            tp: 6,
            fp: 2,
            fn_: 3,
            tn: 9,
        };
        assert_eq!(c.precision(), Some(0.75));
        assert_eq!(c.recall(), Some(6.0 / 9.0));
        assert_eq!(c.accuracy(), Some(15.0 / 20.0));
        let f1 = c.f1().expect("defined");
        assert!((f1 - 2.0 * 0.75 * (6.0 / 9.0) / (0.75 + 6.0 / 9.0)).abs() < 1e-12);
        assert_eq!(Confusion::default().precision(), None);
        // F1 of the negative class: 2·9 / (2·9 + 2 + 3).
        let neg = 18.0 / 23.0;
        assert!((c.macro_f1().expect("defined") - (f1 + neg) / 2.0).abs() < 1e-12);
    }
}
