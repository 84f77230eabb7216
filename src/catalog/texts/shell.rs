//! The page's frame: loading, the header and its tabs, the language switch, notices, the
//! embed bar, the update notice, the crash message, the pre-rendered page's extras, the
//! "page not found" pages and the "not saved for offline use" pages.
use crate::i18n::Lang;

/// This view's rows of `Text`: the variant, its Chinese, its English (`texts!` in
/// `mod.rs` declares them, with every other view's).
macro_rules! shell_rows {
    ([$next:ident $(, $rest:ident)*] $($rows:tt)*) => { $next! { [$($rest),*] $($rows)*
        LoadingDataset => "正在加载链接中的数据集……", "Loading the link's dataset…";
        NoScriptNote => "此页显示默认数据下的结果。选择其他产品、修改数字、导出和分享需要启用 JavaScript。", "This page shows the results for the default figures. Picking another product, changing figures, exporting and sharing need JavaScript.";
        NotFoundTitle => "找不到这个页面", "Page not found";
        NotFoundLead => "这个地址没有对应的页面，可能是地址输错了，或者链接已经过期。", "There is no page at this address: it may be mistyped, or the link may be out of date.";
        NotFoundSuggestion => "您要找的可能是：", "Did you mean:";
        NotFoundHome => "回到计算器首页", "Go to the calculator's home page";
        NotFoundPages => "计算器的各个页面", "Every page of the calculator";
        OfflineTitle => "此页尚未保存，离线时无法查看", "This page is not saved for offline use";
        OfflineLead => "您现在处于离线状态，这个页面还没有保存在本设备上。恢复联网后，它的数字就会显示。", "You are offline, and this page is not saved on this device yet. Its figures will show when you are back online.";
        OfflineSaved => "本设备上已保存、离线可看的页面", "Pages saved on this device, to read offline";
        OpenFullCalculator => "打开完整计算器 ↗", "Open the full calculator ↗";
        ShareButton => "分享 / 导出", "Share / export";
        LanguageLabel => "语言", "Language";
        RegionLabel => "地区", "Region";
        Dismiss => "知道了", "Dismiss";
        NewVersion => "有新版本可用。", "A new version is available.";
        Reload => "重新加载", "Reload";
        ViewsLabel => "视图", "Views";
        ViewCompare => "产品比较", "Compare";
        ViewScenario => "延链情景", "Scenario";
        ViewEditor => "编辑产业链", "Edit the chain";
    } };
}

// Both languages at once (after a panic the page's state, and with it the
// language, is gone)

/// The message that replaces a dead page.
pub const CRASH_MESSAGE: &str =
    "计算器出错停止了。您的已保存情景没有丢失。 The calculator stopped after an error. Your saved scenarios are kept.";

/// The link that starts the page again.
pub const CRASH_RESTART: &str = "重新开始 · Start again";

/// A pre-rendered path page's answer, in its title and its share card (`figure`: the added
/// value per ton with its unit).
pub fn path_answer(name: &str, figure: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{name}：每吨附加值约 {figure}"),
        Lang::En => format!("{name}: about {figure} added per ton"),
    }
}

/// A pre-rendered path page's description: its answer, the path, the app's subtitle.
pub fn path_description(answer: &str, path: &str, subtitle: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{answer}（{path}）。{subtitle}逐段的附加值，每个数字都有来源。"),
        Lang::En => format!(
            "{answer} ({path}). {subtitle} The added value stage by stage, with the source of every figure."
        ),
    }
}

/// The "not saved for offline use" page's message for the page asked for (`page`: its name,
/// a region's page with the region first, "Baotou · Aluminium furniture").
pub fn offline_not_saved(page: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("您现在处于离线状态，“{page}”的数字还没有保存在本设备上，无法离线查看。恢复联网后，这些数字就会显示。"),
        Lang::En => format!("You are offline, and the figures of “{page}” are not saved on this device for offline use. They will show when you are back online."),
    }
}

/// The page's title with the region in force named first (a region other than the
/// default one).
pub fn region_title(region: &str, title: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{region} · {title}"),
        Lang::En => format!("{region} · {title}"),
    }
}
