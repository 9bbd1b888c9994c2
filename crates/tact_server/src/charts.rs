//! Plots drawn on the server as SVG, so they need no script, no CDN and no network, print well
//! and can be read by a screen reader (a title, and the page shows the same numbers as a table).

use crate::views::Series;
use std::fmt::Write as _;

const W: f64 = 720.0;
const H: f64 = 260.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 150.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;
/// Colour-blind-safe palette (Okabe–Ito), one colour per series in order.
const PALETTE: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
];

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn x_of(i: usize, n: usize) -> f64 {
    let span = W - LEFT - RIGHT;
    if n <= 1 {
        LEFT + span / 2.0
    } else {
        LEFT + span * i as f64 / (n - 1) as f64
    }
}

fn y_of(v: f64, max: f64) -> f64 {
    TOP + (H - TOP - BOTTOM) * (1.0 - v / max.max(f64::MIN_POSITIVE))
}

fn frame(out: &mut String, title: &str, weeks: &[String], max: f64) {
    let _ = write!(
        out,
        r#"<svg class="chart" viewBox="0 0 {W} {H}" role="img" aria-label="{t}" xmlns="http://www.w3.org/2000/svg"><title>{t}</title>"#,
        t = esc(title)
    );
    for k in 0..=4 {
        let v = max * k as f64 / 4.0;
        let y = y_of(v, max);
        let _ = write!(
            out,
            r##"<line x1="{LEFT}" x2="{x2}" y1="{y:.1}" y2="{y:.1}" stroke="#ddd"/><text x="{tx}" y="{ty:.1}" font-size="11" text-anchor="end" fill="#444">{v}</text>"##,
            x2 = W - RIGHT,
            tx = LEFT - 6.0,
            ty = y + 4.0,
            v = v.round()
        );
    }
    // At most about eight week labels, so they never overlap.
    let step = weeks.len().div_ceil(8).max(1);
    for (i, w) in weeks.iter().enumerate().filter(|(i, _)| i % step == 0) {
        let _ = write!(
            out,
            r##"<text x="{x:.1}" y="{y}" font-size="11" text-anchor="middle" fill="#444">{w}</text>"##,
            x = x_of(i, weeks.len()),
            y = H - BOTTOM + 16.0,
            w = esc(w)
        );
    }
}

fn legend(out: &mut String, series: &[Series]) {
    for (k, s) in series.iter().enumerate() {
        let y = TOP + 14.0 * k as f64;
        let _ = write!(
            out,
            r##"<rect x="{x}" y="{y}" width="10" height="10" fill="{c}"/><text x="{tx}" y="{ty}" font-size="11" fill="#222">{n}</text>"##,
            x = W - RIGHT + 12.0,
            c = PALETTE[k % PALETTE.len()],
            tx = W - RIGHT + 26.0,
            ty = y + 9.0,
            n = esc(&s.name)
        );
    }
}

/// One line per series over the weeks, on a fixed 0–`max` scale (scores: 0–100); gaps where a
/// series has no value.
pub fn lines(title: &str, weeks: &[String], series: &[Series], max: f64) -> String {
    let mut out = String::new();
    frame(&mut out, title, weeks, max);
    for (k, s) in series.iter().enumerate() {
        let colour = PALETTE[k % PALETTE.len()];
        let mut path = String::new();
        let mut pen_down = false;
        for (i, v) in s.values.iter().enumerate() {
            match v {
                Some(v) => {
                    let _ = write!(
                        path,
                        "{}{:.1},{:.1} ",
                        if pen_down { "L" } else { "M" },
                        x_of(i, weeks.len()),
                        y_of(*v, max)
                    );
                    pen_down = true;
                }
                None => pen_down = false,
            }
        }
        let _ = write!(
            out,
            r#"<path class="series" data-series="{n}" d="{p}" fill="none" stroke="{colour}" stroke-width="2"/>"#,
            n = esc(&s.name),
            p = path.trim_end()
        );
        for (i, v) in s.values.iter().enumerate() {
            if let Some(v) = v {
                let _ = write!(
                    out,
                    r#"<circle cx="{:.1}" cy="{:.1}" r="3" fill="{colour}"><title>{} {}: {v}</title></circle>"#,
                    x_of(i, weeks.len()),
                    y_of(*v, max),
                    esc(&s.name),
                    esc(&weeks[i])
                );
            }
        }
    }
    legend(&mut out, series);
    out.push_str("</svg>");
    out
}

/// Stacked bars: per week, one segment per series.
pub fn stacked(title: &str, weeks: &[String], series: &[Series]) -> String {
    let totals: Vec<f64> = (0..weeks.len())
        .map(|i| {
            series
                .iter()
                .filter_map(|s| s.values.get(i).copied().flatten())
                .sum()
        })
        .collect();
    // A multiple of four, so the four grid steps fall on whole numbers of moments.
    let max = (totals.iter().copied().fold(0.0, f64::max) / 4.0)
        .ceil()
        .max(1.0)
        * 4.0;
    let mut out = String::new();
    frame(&mut out, title, weeks, max);
    let span = W - LEFT - RIGHT;
    let bar = (span / weeks.len().max(1) as f64 * 0.6).clamp(2.0, 40.0);
    for i in 0..weeks.len() {
        let mut base = 0.0;
        for (k, s) in series.iter().enumerate() {
            let v = s.values.get(i).copied().flatten().unwrap_or(0.0);
            if v <= 0.0 {
                continue;
            }
            let (y0, y1) = (y_of(base, max), y_of(base + v, max));
            let _ = write!(
                out,
                r#"<rect class="bar" x="{x:.1}" y="{y1:.1}" width="{bar:.1}" height="{h:.1}" fill="{c}"><title>{n} {w}: {v}</title></rect>"#,
                x = x_of(i, weeks.len()) - bar / 2.0,
                h = y0 - y1,
                c = PALETTE[k % PALETTE.len()],
                n = esc(&s.name),
                w = esc(&weeks[i])
            );
            base += v;
        }
    }
    legend(&mut out, series);
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(name: &str, values: &[Option<f64>]) -> Series {
        Series {
            name: name.into(),
            values: values.to_vec(),
        }
    }

    #[test]
    fn a_line_breaks_where_a_week_has_no_data_and_labels_are_escaped() {
        let weeks: Vec<String> = ["W1", "W2", "W3"].map(String::from).to_vec();
        let svg = lines(
            "score",
            &weeks,
            &[series("<b>", &[Some(50.0), None, Some(100.0)])],
            100.0,
        );
        assert!(svg.contains("&lt;b&gt;") && !svg.contains("<b>"));
        let d = svg
            .split("d=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("path");
        assert_eq!(d.matches('M').count(), 2, "{d}");
        assert_eq!(d.matches('L').count(), 0, "{d}");
        // 100 is drawn at the top of the plot, 50 half way down.
        assert!(d.ends_with(&format!("{:.1}", TOP)), "{d}");
    }

    #[test]
    fn stacked_bars_add_up_to_the_week_total() {
        let weeks: Vec<String> = ["W1"].map(String::from).to_vec();
        let svg = stacked(
            "moments",
            &weeks,
            &[
                series("a", &[Some(1.0)]),
                series("b", &[Some(3.0)]),
                series("c", &[Some(0.0)]),
            ],
        );
        assert_eq!(svg.matches("class=\"bar\"").count(), 2);
        let heights: f64 = svg
            .split("height=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next()?.parse::<f64>().ok())
            .filter(|h| *h > 10.0)
            .sum();
        assert!((heights - (H - TOP - BOTTOM)).abs() < 0.5, "{heights}");
    }
}
