//! Evaluation metrics for the quality report: confusion matrices, accuracy, macro-F1, binary F1,
//! ROC-AUC and the F1-maximizing threshold (picked on a dev split, never on the test split).

/// Confusion matrix, `m[gold][pred]`.
pub fn confusion(n: usize, pairs: &[(usize, usize)]) -> Vec<Vec<u32>> {
    let mut m = vec![vec![0u32; n]; n];
    for &(g, p) in pairs {
        if g < n && p < n {
            m[g][p] += 1;
        }
    }
    m
}

pub fn accuracy(m: &[Vec<u32>]) -> f64 {
    let total: u32 = m.iter().flatten().sum();
    let right: u32 = (0..m.len()).map(|i| m[i][i]).sum();
    if total == 0 {
        0.0
    } else {
        f64::from(right) / f64::from(total)
    }
}

pub fn f1(tp: u32, fp: u32, fn_: u32) -> f64 {
    let d = 2 * tp + fp + fn_;
    if d == 0 {
        0.0
    } else {
        2.0 * f64::from(tp) / f64::from(d)
    }
}

pub fn macro_f1(m: &[Vec<u32>]) -> f64 {
    let n = m.len();
    if n == 0 {
        return 0.0;
    }
    let mut s = 0.0;
    for (c, row) in m.iter().enumerate() {
        let tp = row[c];
        let fp: u32 = m.iter().map(|r| r[c]).sum::<u32>() - tp;
        let fn_: u32 = row.iter().sum::<u32>() - tp;
        s += f1(tp, fp, fn_);
    }
    s / n as f64
}

/// Binary F1 of `score >= t`.
pub fn f1_at(scores: &[(f32, bool)], t: f32) -> f64 {
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for &(s, y) in scores {
        match (s >= t, y) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fn_ += 1,
            _ => {}
        }
    }
    f1(tp, fp, fn_)
}

/// The threshold (from a fixed grid) with the best F1 on the given scores.
pub fn best_threshold(scores: &[(f32, bool)]) -> f32 {
    let mut best = (0.5f32, -1.0f64);
    for k in 1..40 {
        let t = k as f32 / 40.0;
        let f = f1_at(scores, t);
        if f > best.1 {
            best = (t, f);
        }
    }
    best.0
}

/// ROC-AUC by ranks (ties count half); `None` when one class is absent.
pub fn roc_auc(scores: &[(f32, bool)]) -> Option<f64> {
    let mut v: Vec<(f32, bool)> = scores.to_vec();
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    let pos = v.iter().filter(|x| x.1).count() as f64;
    let neg = v.len() as f64 - pos;
    if pos == 0.0 || neg == 0.0 {
        return None;
    }
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < v.len() {
        let mut j = i;
        while j + 1 < v.len() && v[j + 1].0 == v[i].0 {
            j += 1;
        }
        let avg = (i + j) as f64 / 2.0 + 1.0;
        rank_sum += avg * v[i..=j].iter().filter(|x| x.1).count() as f64;
        i = j + 1;
    }
    Some((rank_sum - pos * (pos + 1.0) / 2.0) / (pos * neg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_basics() {
        let m = confusion(2, &[(0, 0), (1, 1), (1, 0), (0, 0)]);
        assert!((accuracy(&m) - 0.75).abs() < 1e-9);
        assert!(macro_f1(&m) > 0.7);
        let s = [(0.1, false), (0.4, true), (0.35, false), (0.8, true)];
        assert!((roc_auc(&s).unwrap_or(0.0) - 1.0).abs() < 1e-9);
        assert_eq!(roc_auc(&[(0.1, true)]), None);
        assert!(f1_at(&s, best_threshold(&s)) > 0.99);
    }
}
