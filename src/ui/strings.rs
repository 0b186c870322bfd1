//! Every visible string of the components, in both languages (a missing one does not compile).

use crate::lang::{Text, t};

/// The app's name.
pub const APP_NAME: Text = t("Activation Explorer", "激活函数探索器");
/// The tagline under the name.
pub const TAGLINE: Text = t(
    "Every common activation function: exact values, live curves, and a guide to picking one.",
    "常用激活函数一览：精确数值、实时曲线，以及选型指南。",
);
/// Navigation labels, by view id order: guide, gallery, groups, overlay, table, detail, gated,
/// depth.
pub const VIEW_NAMES: [Text; 8] = [
    t("Guide", "选型指南"),
    t("Gallery", "函数图集"),
    t("Groups", "分组对比"),
    t("Overlay", "叠加对比"),
    t("Table", "总览表"),
    t("Detail", "详情"),
    t("Gated units", "门控单元"),
    t("Depth lab", "深度实验室"),
];
/// The groups of activations: the seed's set, the additions, the gated units (gallery
/// sections, table and overlay groups, the detail picker).
pub const GROUPS: [Text; 3] = [
    t("The guide's activations", "指南中的激活函数"),
    t(
        "Beyond the guide: PyTorch's others and today's large models",
        "指南之外：PyTorch 的其余函数与当今大模型所用函数",
    ),
    t(
        "Gated units (two inputs): GLU, ReGLU, GeGLU, SwiGLU",
        "门控单元（两个输入）：GLU、ReGLU、GeGLU、SwiGLU",
    ),
];
/// The gallery's link to the gated view.
pub const SEE_GATED: Text = t(
    "The gated units of large language models take two inputs: see them as heat maps.",
    "大语言模型所用的门控单元有两个输入：以热图查看。",
);
/// The set filter's label.
pub const SET_FILTER: Text = t("Show", "显示");
/// An item added beyond the seed's guide (category guide).
pub const ADDED: Text = t("beyond the guide", "指南之外");
/// Facts: a function PyTorch lacks.
pub const NOT_IN_PYTORCH: Text = t("not in PyTorch; write", "PyTorch 未内置，可写作");
/// Facts: the models that use it.
pub const USED_IN: Text = t("Used in", "使用它的模型");
/// Gated view: the unit chooser.
pub const GATED_UNIT: Text = t("Gated unit", "门控单元");
/// Gated view: intro.
pub const GATED_INTRO: Text = t(
    "f(a, b) = a·g(b): a and b are two projections of the same input (PyTorch's F.glu splits the last dimension in half). The heat map shows the output over the (a, b) plane, the other chart the gate g.",
    "f(a, b) = a·g(b)：a 与 b 是同一输入的两个投影（PyTorch 的 F.glu 把最后一维对半切分）。热图显示 (a, b) 平面上的输出，另一张图显示门 g。",
);
/// Gated view: partial derivatives heading.
pub const PARTIALS: Text = t("Partial derivatives", "偏导数");
/// Gated view: heat map caption.
pub const HEATMAP_CAPTION: Text = t(
    "blue below 0, red above; the scale is symmetric about 0 and square-root spaced, so small values show.",
    "蓝色小于 0，红色大于 0；色标关于 0 对称并按平方根间隔，小的值也看得出。",
);
/// Label of the views navigation.
pub const NAV_LABEL: Text = t("Views", "视图");
/// The language switch (shows the other language).
pub const SWITCH_LANG: Text = t("中文", "English");
/// Accessible label of the language switch.
pub const SWITCH_LANG_LABEL: Text = t("中文: switch to Chinese", "English：切换到英文");
/// Theme switch when light.
pub const THEME_DARK: Text = t("Dark theme", "深色主题");
/// Theme switch when dark.
pub const THEME_LIGHT: Text = t("Light theme", "浅色主题");
/// Derivative toggle.
pub const SHOW_DERIV: Text = t("Show derivatives f′(x)", "显示导数 f′(x)");
/// The Embed button.
pub const EMBED: Text = t("Embed", "嵌入");
/// Embed dialog title.
pub const EMBED_TITLE: Text = t("Embed what you see", "嵌入当前视图");
/// Embed: script snippet label.
pub const EMBED_SCRIPT: Text = t("Script embed (recommended)", "脚本嵌入（推荐）");
/// Embed: iframe snippet label.
pub const EMBED_IFRAME: Text = t("iframe embed", "iframe 嵌入");
/// The Embed dialog's note on where the widget's files must live.
pub const EMBED_HOSTING: Text = t(
    "Host the files of this app (its dist/ folder) on your own site, or serve them with Access-Control-Allow-Origin: a page cannot load them from a site that does not allow it. A widget whose files cannot be fetched says so in its box.",
    "请把本应用的文件（dist/ 目录）放到你自己的网站上，或由服务器附带 Access-Control-Allow-Origin 发送：网页无法从不允许跨域的网站加载它们。文件无法获取时，组件会在自己的位置显示说明。",
);
/// Close button.
pub const CLOSE: Text = t("Close", "关闭");
/// Embed: copy a snippet.
pub const COPY: Text = t("Copy", "复制");
/// The phone header's menu button (theme, language, Embed).
pub const MENU: Text = t("Menu", "菜单");
/// Before a parameter's default value.
pub const DEFAULT: Text = t("default", "默认");
/// Embed: the snippet is on the clipboard.
pub const COPIED: Text = t("Copied to the clipboard.", "已复制到剪贴板。");
/// Embed: the browser refused the clipboard.
pub const COPY_FAILED: Text = t(
    "Could not copy here: the text is selected, press Ctrl+C (⌘C).",
    "无法在此复制：文本已选中，请按 Ctrl+C（⌘C）。",
);
/// Dismiss notices.
pub const DISMISS: Text = t("Dismiss", "知道了");
/// Notices heading.
pub const NOTICES: Text = t(
    "Some settings in the link were ignored:",
    "链接中的部分设置已被忽略：",
);
/// Export group label.
pub const EXPORT: Text = t("Export", "导出");
/// Screen-reader table caption.
pub const SAMPLE_TABLE: Text = t("Sample points of the chart", "图中曲线的采样点");
/// Recommended badge.
pub const RECOMMENDED: Text = t("Recommended", "推荐");
/// Link to the detail view.
pub const OPEN_DETAIL: Text = t("Details", "详情");
/// GELU form switch: exact.
pub const GELU_ERF: Text = t("erf (exact)", "erf（精确）");
/// GELU form switch: tanh.
pub const GELU_TANH: Text = t("tanh (approx.)", "tanh（近似）");
/// GELU form group label.
pub const GELU_FORM: Text = t("GELU form", "GELU 形式");
/// Questionnaire heading.
pub const QUIZ_TITLE: Text = t("Which activation should I use?", "该用哪个激活函数？");
/// Questionnaire intro.
pub const QUIZ_INTRO: Text = t(
    "Answer a few questions, in the order of the guide's decision tree.",
    "按照决策树的顺序回答几个问题。",
);
/// Question counter prefix.
pub const QUESTION: Text = t("Question", "问题");
/// Back button.
pub const BACK: Text = t("Back", "上一步");
/// Restart button.
pub const RESTART: Text = t("Start over", "重新开始");
/// The path heading.
pub const YOUR_ANSWERS: Text = t("Your answers", "你的回答");
/// Result heading.
pub const RESULT: Text = t("Recommendation", "推荐结果");
/// Why heading.
pub const WHY: Text = t("Why", "理由");
/// Caveats heading.
pub const CAVEATS: Text = t("Keep in mind", "注意事项");
/// Also consider.
pub const ALSO: Text = t("Also fine", "亦可");
/// Category guide heading.
pub const CATEGORY_GUIDE: Text = t("Guide by category", "分类选择指南");
/// Practical notes heading.
pub const PRACTICAL_NOTES: Text = t("Practical notes", "实用注意事项");
/// Table heading.
pub const TABLE_TITLE: Text = t("Overview of the activation functions", "激活函数总览表");
/// Table filter label.
pub const FILTER: Text = t("Category", "类别");
/// Table filter: all.
pub const ALL: Text = t("All", "全部");
/// Table columns.
pub const COLUMNS: [Text; 7] = [
    t("Function", "函数"),
    t("Formula", "公式"),
    t("Output range", "输出范围"),
    t("Traits", "特点"),
    t("Pros", "优点"),
    t("Cons", "缺点"),
    t("Where to use", "推荐场景"),
];
/// The comparison grid's column headers, in [`crate::catalog::Column::ALL`] order.
pub const GRID_COLUMNS: [Text; 8] = [
    t("Function", "函数"),
    t("Output range", "输出范围"),
    t("Bounded", "有界"),
    t("Monotonic", "单调"),
    t("Smooth", "光滑"),
    t("Zero-centred E[f(z)]", "零中心 E[f(z)]"),
    t("Cost", "开销"),
    t("PyTorch", "PyTorch"),
];
/// The grid's yes, no and "does not apply" (the screen-reader text of ✓, ✗ and —).
pub const YES_NO_NA: [Text; 3] = [t("yes", "是"), t("no", "否"), t("does not apply", "不适用")];
/// The grid's bounded column: both ends, below, above, neither.
pub const BOUNDED: [Text; 4] = [
    t("both", "双侧"),
    t("below", "下有界"),
    t("above", "上有界"),
    t("no", "无界"),
];
/// The expand button's accessible name, before the function's name.
pub const MORE_ABOUT: Text = t("Formula, pros and cons of ", "公式与优缺点：");
/// What the grid's columns mean, under it.
pub const GRID_NOTE: Text = t(
    "Click a column's header to sort by it (again: the other way); ▸ opens a function's card \
     (formula, traits, pros, cons, uses). Ranges and E[f(z)] at the default parameters, with \
     computed minima. Zero-centred: E[f(z)] for z ~ N(0, 1), ✓ when it is 0 within rounding \
     (for a gated unit, a and b independent). Cost: the special functions (exp, log, tanh, erf, \
     sin) one value needs as PyTorch computes it; 0 = arithmetic only.",
    "点击列标题按该列排序（再点一次反向）；▸ 展开该函数的卡片（公式、特点、优缺点、推荐场景）。\
     输出范围与 E[f(z)] 均为默认参数下的值，最小值为计算所得。零中心：z ~ N(0, 1) 时的 E[f(z)]，\
     在舍入误差内为 0 时标 ✓（门控单元取 a、b 独立）。开销：按 PyTorch 的算法，每个值需要计算的\
     特殊函数（exp、log、tanh、erf、sin）；0 表示只有四则运算。",
);
/// Overlay chooser heading.
pub const CHOOSE: Text = t("Curves shown", "显示的曲线");
/// Overlay: select all.
pub const SELECT_ALL: Text = t("All", "全选");
/// Overlay: select none.
pub const SELECT_NONE: Text = t("None", "全不选");
/// Overlay: the quick sets' label.
pub const QUICK_SETS: Text = t("Quick sets", "快速选择");
/// Overlay: the quick set of the guide's recommendation.
pub const GUIDE_PICK: Text = t("Guide's pick", "指南推荐");
/// Overlay: why the guide's quick set is not available yet.
pub const GUIDE_PICK_NONE: Text = t(
    "Answer the guide's questions first: its recommendation becomes this set.",
    "请先回答选型指南的问题：其推荐结果即为此组。",
);
/// Detail: function picker.
pub const FUNCTION: Text = t("Function", "函数");
/// Detail: parameters heading.
pub const PARAMETERS: Text = t("Parameters", "参数");
/// Detail: no parameters.
pub const NO_PARAMETERS: Text = t(
    "This function has no parameters to tune.",
    "该函数没有可调参数。",
);
/// Detail: x-range heading.
pub const X_RANGE: Text = t("x-range", "x 范围");
/// Detail: from.
pub const FROM: Text = t("from", "从");
/// Detail: to.
pub const TO: Text = t("to", "到");
/// Apply typed bounds.
pub const APPLY: Text = t("Apply", "应用");
/// Zoom in.
pub const ZOOM_IN: Text = t("Zoom in", "放大");
/// Zoom out.
pub const ZOOM_OUT: Text = t("Zoom out", "缩小");
/// Pan left.
pub const PAN_LEFT: Text = t("Pan left", "左移");
/// Pan right.
pub const PAN_RIGHT: Text = t("Pan right", "右移");
/// Reset the view.
pub const RESET: Text = t("Reset", "重置");
/// Probe readout hint, for a mouse or trackpad.
pub const PROBE_HINT: Text = t(
    "Point at the chart, or focus it and use ←/→, to read exact values. Ctrl + wheel, a pinch or +/− zooms; drag sideways to pan.",
    "指向图表，或聚焦图表后用 ←/→ 键，读取精确数值；Ctrl + 滚轮、双指或 +/− 键缩放，左右拖动平移。",
);
/// Probe readout hint, for a touch screen.
pub const PROBE_HINT_TOUCH: Text = t(
    "Tap the chart to read exact values; pinch to zoom, drag sideways to pan.",
    "轻触图表读取精确数值；双指缩放，左右拖动平移。",
);
/// Bad bound message.
pub const BAD_RANGE: Text = t(
    "The range needs two finite numbers with from < to, both within ±1,000,000.",
    "范围需要两个有限数，且“从” < “到”，绝对值不超过 1,000,000。",
);
/// Bad number message.
pub const BAD_NUMBER: Text = t("Not a number.", "不是有效数字。");
/// Out of range message prefix.
pub const OUT_OF_RANGE: Text = t("Allowed range:", "允许范围：");
/// Facts: derivative.
pub const DERIVATIVE: Text = t("Derivative", "导数");
/// Facts: PyTorch.
pub const PYTORCH: Text = t("PyTorch", "PyTorch");
/// Facts: other frameworks.
pub const OTHER_FRAMEWORKS: Text = t("Other frameworks", "其他框架");
/// Facts: initialisation.
pub const INIT: Text = t("Initialisation", "初始化");
/// Facts: statistics.
pub const STATS: Text = t(
    "For z ~ N(0, 1) (computed)",
    "当 z ~ N(0, 1) 时（数值计算）",
);
/// Facts: minimum.
pub const MINIMUM: Text = t("Minimum", "最小值");
/// Seed correction heading.
pub const CORRECTION: Text = t(
    "Note on the guide this app is based on (“PyTorch 激活函数”)",
    "关于本应用所依据的指南《PyTorch 激活函数》的更正",
);
/// Footer.
pub const FOOTER: Text = t(
    "Based on the practice guide “PyTorch 激活函数”. Values computed in double precision in your browser; nothing is sent anywhere.",
    "内容基于实践指南《PyTorch 激活函数》。所有数值在浏览器中以双精度计算，不向任何地方发送数据。",
);
/// The GELU comparison caption.
pub const GELU_COMPARE: Text = t(
    "The exact (erf) GELU and its tanh approximation differ by at most about 4.7e-4: small, but enough to break parity with pretrained weights.",
    "精确（erf）GELU 与其 tanh 近似最多相差约 4.7e-4：虽小，却足以破坏与预训练权重的一致性。",
);
/// x readout label.
pub const READOUT: Text = t("Readout", "读数");

/// A lazily loaded view (the depth lab): its code is on the way.
pub const LAZY_LOADING: Text = t("Loading this view's code…", "正在加载此视图的代码……");
/// A lazily loaded view's code did not load (the reason follows).
pub const LAZY_FAILED: Text = t(
    "This view's code did not load (check the connection, then try again):",
    "此视图的代码未能加载（请检查网络连接后重试）：",
);
/// Loads a lazily loaded view again after a failure.
pub const LAZY_RETRY: Text = t("Try again", "重试");

// The depth lab's strings: only in the lazily loaded views' wasm.
#[cfg(feature = "views")]
mod lab;
#[cfg(feature = "views")]
pub use lab::*;
