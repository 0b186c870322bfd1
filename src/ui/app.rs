//! The application shell.

use leptos::prelude::*;

use crate::chart::{ChartSpec, CurveSpec, LineStyle, Theme, sample_curve};
use crate::math::Activation;

use super::ChartCanvas;

/// The whole app: header and the first chart.
#[component]
pub fn App() -> impl IntoView {
    let spec = Signal::derive(move || {
        let a = Activation::Gelu;
        ChartSpec {
            title: "GELU".into(),
            x_range: (-6.0, 6.0),
            y_range: None,
            curves: vec![CurveSpec {
                label: a.id().into(),
                color: (0xff, 0x57, 0x22),
                style: LineStyle::Solid,
                points: sample_curve(|x| a.eval(x), -6.0, 6.0, 400, &[]),
            }],
            legend: false,
            scale: 1.0,
            theme: Theme::LIGHT,
        }
    });
    view! {
        <header class="ae-header">
            <h1>"Activation Explorer"</h1>
        </header>
        <main>
            <figure data-activation="gelu">
                <ChartCanvas spec=spec label="GELU curve from -6 to 6"/>
                <figcaption>"GELU"</figcaption>
            </figure>
        </main>
    }
}
