//! The share panel and the saved views.
use crate::i18n::Lang;

/// This view's rows of `Text`: the variant, its Chinese, its English (`texts!` in
/// `mod.rs` declares them, with every other view's).
macro_rules! share_rows {
    ([$next:ident $(, $rest:ident)*] $($rows:tt)*) => { $next! { [$($rest),*] $($rows)*
        SaveFailed => "无法保存：浏览器存储已满或被禁用。请删除一些已保存的视图，或改用复制链接。", "Could not save: the browser's storage is full or disabled. Delete some saved views, or copy the link instead.";
        StorageUnavailable => "这个浏览器不允许本页使用本地存储（可能处于隐私模式），无法保存视图。复制链接同样可以保存视图。", "This browser does not let the page use local storage (private mode?), so views cannot be saved here. Copying the link keeps a view too.";
        DiscardUnreadable => "放弃无法读取的数据，重新开始", "Discard the unreadable data and start a new list";
        NoSavedViews => "还没有保存的视图。", "No saved views yet.";
        Open => "打开", "Open";
        Delete => "删除", "Delete";
        SavedViewsTitle => "已保存的视图", "Saved views";
        NameLabel => "名称", "Name";
        NamePlaceholder => "给当前视图起个名字", "Name this view";
        Save => "保存", "Save";
        CopySelected => "已选中文本，请按 Ctrl+C（或 ⌘C）复制。", "The text is selected: press Ctrl+C (or ⌘C) to copy it.";
        ChartGone => "图表已不在页面上", "the chart is no longer on the page";
        ShareTitle => "分享与导出", "Share and export";
        CloseShare => "关闭分享与导出", "Close share and export";
        Close => "关闭", "Close";
        LinkToView => "本视图的链接", "Link to this view";
        LinkWhat => "链接", "Link";
        Copy => "复制", "Copy";
        EmbedCodeLabel => "嵌入代码（iframe）", "Embed code (iframe)";
        EmbedWhat => "嵌入代码", "Embed code";
        Downloads => "下载", "Downloads";
        // The byte-order mark that makes this true is the exports' detail (src/export.rs).
        CsvHint => "CSV 文件可直接用 Excel 等电子表格打开，中文不会乱码。", "CSV files open directly in Excel and other spreadsheets, Chinese names included.";
        DownloadCompareCsv => "产品比较（CSV）", "Comparison (CSV)";
        DownloadScenarioCsv => "延链情景（CSV）", "Scenario (CSV)";
        DownloadAssumptionsJson => "假设与修改（JSON）", "Assumptions (JSON)";
        NoCharts => "当前视图没有图表。", "The current view has no chart.";
        Charts => "图表", "Charts";
    } };
}

/// After a view is saved under `name`.
pub fn view_saved(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("已保存“{name}”。"),
        Lang::En => format!("Saved “{name}”."),
    }
}

/// A saved view's open button.
pub fn open_view(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("打开：{name}"),
        Lang::En => format!("Open: {name}"),
    }
}

/// A saved view's delete button.
pub fn delete_view(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("删除：{name}"),
        Lang::En => format!("Delete: {name}"),
    }
}

/// After a download (`what`: the file's name).
pub fn downloaded(what: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("已下载：{what}"),
        Lang::En => format!("Downloaded: {what}"),
    }
}

/// A failed download and why.
pub fn download_failed(what: &str, why: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("下载失败（{what}）：{why}"),
        Lang::En => format!("The download failed ({what}): {why}"),
    }
}

/// After a copy (`what`: the link or the embed code).
pub fn copied(what: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{what}已复制。"),
        Lang::En => format!("{what} copied."),
    }
}
