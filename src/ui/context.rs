//! The state shared by the components of one app or widget, provided as a context newtype.

use leptos::prelude::*;

use crate::chart::{self, ChartOpts};
use crate::guide::Questionnaire;
use crate::lang::Lang;
use crate::math::Activation;
use crate::state::{AppState, Notice, Theme};

/// A string of `strings` in the language shown, as a reactive closure. Every call returns the
/// same closure type, so the view code for translated text is compiled once, not once per use.
pub fn tr(text: crate::lang::Text) -> impl Fn() -> &'static str + Send + Sync + Copy + 'static {
    let ctx = AppCtx::get();
    move || text.get(ctx.lang())
}

/// The shared state of one mounted app or widget. Each mount provides its own, so several
/// widgets on a page never share answers, parameters or charts.
#[derive(Clone, Copy)]
pub struct AppCtx {
    /// Everything the URL (or the embed attributes) describes.
    pub state: RwSignal<AppState>,
    /// Why parts of the URL / attributes were ignored (shown, non-blocking, dismissible).
    pub notices: RwSignal<Vec<Notice>>,
    /// The browser's language, used when the state names none.
    pub browser_lang: Lang,
    /// Whether the surroundings are dark (followed when the state names no theme): the
    /// system's `prefers-color-scheme`, and in a widget the host page's dark-mode marker first.
    /// Updated on every change while the app or widget is open.
    pub system_dark: RwSignal<bool>,
    /// Whether this is an embedded widget (which follows the host page's theme), not the app.
    pub widget: bool,
    /// The language shown (changes only when the language does).
    lang_memo: Memo<Lang>,
    /// The theme shown.
    theme_memo: Memo<Theme>,
    /// What every chart shares (changes only when one of its parts does).
    chart_opts_memo: Memo<ChartOpts>,
    /// What the questionnaire recommends now.
    recommended_memo: Memo<Vec<Activation>>,
}

impl AppCtx {
    /// Creates the context from a parsed state and its notices (`widget`: an embedded widget,
    /// which also follows the host page's theme). Call it inside the app's or widget's owner:
    /// its listeners are released with it.
    pub fn new(state: AppState, notices: Vec<Notice>, widget: bool) -> Self {
        let browser_lang = web_sys::window()
            .and_then(|w| w.navigator().language())
            .map(|l| Lang::from_browser(&l))
            .unwrap_or_default();
        // Kept up to date while open (an OS theme switch, a host page's theme toggle).
        let system_dark = super::color_scheme::follow_scheme(widget);
        let state = RwSignal::new(state);
        let lang_memo = Memo::new(move |_| state.with(|s| s.lang).unwrap_or(browser_lang));
        let theme_memo = Memo::new(move |_| {
            state.with(|s| s.theme).unwrap_or(if system_dark.get() {
                Theme::Dark
            } else {
                Theme::Light
            })
        });
        let chart_opts_memo = Memo::new(move |_| {
            let (params, x_range, deriv) = state.with(|s| (s.params, s.x_range, s.deriv));
            ChartOpts {
                params,
                x_range,
                deriv,
                lang: lang_memo.get(),
                theme: match theme_memo.get() {
                    Theme::Dark => chart::Theme::DARK,
                    Theme::Light => chart::Theme::LIGHT,
                },
            }
        });
        let recommended_memo = Memo::new(move |_| {
            state.with(|s| {
                let q = Questionnaire::from_answers(&s.answers).unwrap_or_default();
                q.recommended().iter().chain(q.also()).copied().collect()
            })
        });
        AppCtx {
            state,
            notices: RwSignal::new(notices),
            browser_lang,
            system_dark,
            widget,
            lang_memo,
            theme_memo,
            chart_opts_memo,
            recommended_memo,
        }
    }

    /// The context of an embedded widget (bare view, following the host page's theme).
    pub fn for_widget(mut state: AppState, notices: Vec<Notice>) -> Self {
        state.embed = true;
        Self::new(state, notices, true)
    }

    /// The context provided by the enclosing app or widget.
    pub fn get() -> Self {
        expect_context::<AppCtx>()
    }

    /// The language shown.
    pub fn lang(self) -> Lang {
        self.lang_memo.get()
    }

    /// The theme shown.
    pub fn theme(self) -> Theme {
        self.theme_memo.get()
    }

    /// What every chart shares now: parameters, x-range, derivatives, language, colours.
    pub fn chart_opts(self) -> ChartOpts {
        self.chart_opts_memo.get()
    }

    /// What the questionnaire recommends now, in the guide's order (its recommendation, then
    /// the alternatives it marks); empty before it is finished.
    pub fn recommended(self) -> Vec<Activation> {
        self.recommended_memo.get()
    }

    /// Whether `a` is recommended now.
    pub fn is_recommended(self, a: Activation) -> bool {
        self.recommended_memo.with(|r| r.contains(&a))
    }

    /// A memo of one part of the state: subscribers rerun only when that part changes.
    pub fn select<T: PartialEq + Clone + Send + Sync + 'static>(
        self,
        f: impl Fn(&AppState) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let state = self.state;
        Memo::new(move |_| state.with(|s| f(s)))
    }

    /// Updates the state.
    pub fn update(self, f: impl FnOnce(&mut AppState)) {
        self.state.update(f);
    }
}
