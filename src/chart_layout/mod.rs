//! Layout of the charts that is pure arithmetic (no web dependency), so it is tested
//! natively (`tests/chart_layout.rs`, `tests/chart_layout_axes.rs`): names wrapped into lines
//! without measuring text, Chinese only between words; the chain map's columns and rows with
//! few crossing edges, and its drawing; the Sankey, the waterfall, the trajectory, the
//! tornado, the comparison chart's axis and rows and the uncertainty band, laid out for a
//! width. The components in `crate::ui` format and draw what these return and handle events.
mod band;
mod chain;
mod chain_map;
mod compare;
mod sankey;
mod text;
mod tornado;
mod trajectory;
mod waterfall;

pub use band::{band_layout, BandLayout, BAND_HEIGHT, BAND_WIDTH};
pub use chain::{chain_layout, chain_lines, crossings, ChainLayout, Placed, Route};
pub use chain_map::{
    chain_drawing, ChainDrawing, ChainEdge, ChainNode, CHAIN_NAME_EM, CHAIN_NAME_LINES,
    CHAIN_NODE_H, CHAIN_NODE_W,
};
pub use compare::{
    compare_rows, nice_ceiling, CompareRow, CompareScale, COMPARE_LEFT, COMPARE_LINE,
};
pub use sankey::{
    sankey_layout, SankeyLayout, SankeyLink, SankeyNode, SANKEY_MIN_H, SANKEY_NODE_W,
};
pub use text::{break_pieces, char_em, width_em, wrap};
pub use tornado::{
    tornado_layout, tornado_span, TornadoLayout, TornadoRow, TORNADO_BAR_H, TORNADO_LINE,
    TORNADO_PAD,
};
pub use trajectory::{
    target_label_box, target_label_place, tick_step, trajectory_layout, TrajectoryLayout,
};
pub use waterfall::{
    waterfall_layout, WaterfallBar, WaterfallLayout, WaterfallRows, WATERFALL_LABEL_EM,
    WATERFALL_PAD, WATERFALL_WIDTH,
};
