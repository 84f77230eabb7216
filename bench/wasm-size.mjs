// The wasm's largest contributors from twiggy (run by scripts/bench.sh on a copy of the app
// wasm that went through wasm-bindgen and the dist build's `wasm-opt -Oz`, with -g so the
// function names survive): the top 20 items, and the bytes summed per crate.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PRIMITIVE = /^(char|str|bool|u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize|f32|f64|\[|\(|&|\*)/;
const NAMES = /^"[a-z ]*names" subsection/;

// `<yew::x::Y as core::fmt::Debug>::fmt` → yew; `<char as core::fmt::Debug>::fmt` → core;
// `core[c59…]::str::…` → core; data segments, unnamed glue and sections get their own rows.
export function crateOf(name) {
  if (name.startsWith('data segment')) return '(data segments: strings, tables, the dataset)';
  if (name.startsWith('custom section')) return '(custom sections)';
  if (/^code\[\d+\]$/.test(name)) return '(unnamed functions: wasm-bindgen shims)';
  if (/^(type|table|elem|global|import|export|wasm magic|"?[a-z ]+"? section|start)/i.test(name)) return '(wasm headers, tables, imports/exports)';
  let s = name.replace(/^<+/, '').replace(/^(impl |dyn )+/, '');
  // Primitives and bare generics (`<T as …>`) belong to the trait's crate.
  if (PRIMITIVE.test(s) || /^[A-Z][A-Z0-9]* as /.test(s)) {
    const as = / as <*([A-Za-z_][A-Za-z0-9_]*)/.exec(s);
    if (as) s = as[1];
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?(::|$| |<)/.exec(s);
  if (!m) return '(other)';
  if (m[1] === '__rustc') return 'alloc';
  return m[1];
}

export function wasmSize(twiggyDir, appDist) {
  const jsonPath = join(twiggyDir, 'top.json');
  if (!existsSync(jsonPath)) return { error: 'no twiggy output (twiggy missing?)' };
  const items = JSON.parse(readFileSync(jsonPath, 'utf8'));
  const named = join(twiggyDir, 'app_named.wasm');
  const total = existsSync(named) ? statSync(named).size : items.reduce((s, i) => s + i.shallow_size, 0);
  const names = items.filter((i) => NAMES.test(i.name)).reduce((s, i) => s + i.shallow_size, 0);
  const byCrate = {};
  for (const i of items) {
    if (NAMES.test(i.name) || /^Σ|^\.\.\. and/.test(i.name)) continue;
    const c = crateOf(i.name);
    byCrate[c] = (byCrate[c] ?? 0) + i.shallow_size;
  }
  const distWasm = appDist ? findWasm(appDist) : null;
  return {
    analysed: 'target/wasm32-unknown-unknown/release/value-chain.wasm → wasm-bindgen → wasm-opt -Oz -g (names kept); bytes are of that wasm, which is the dist wasm plus its name section',
    analysed_bytes_without_names: total - names,
    dist_wasm_bytes: distWasm,
    top20: items.filter((i) => !NAMES.test(i.name) && !/^Σ|^\.\.\. and/.test(i.name)).slice(0, 20)
      .map((i) => ({ bytes: i.shallow_size, percent_of_dist: +(100 * i.shallow_size / (total - names)).toFixed(2), item: i.name })),
    by_crate: Object.entries(byCrate).sort((a, b) => b[1] - a[1])
      .map(([crate, bytes]) => ({ crate, bytes, percent_of_dist: +(100 * bytes / (total - names)).toFixed(1) })),
  };
}

function findWasm(dist) {
  // Only the top level of dist holds the app wasm (api/ has its own).
  const f = existsSync(dist) ? readdirSync(dist).find((n) => n.endsWith('_bg.wasm')) : null;
  return f ? statSync(join(dist, f)).size : null;
}

/** `cargo bench --bench model` output lines → [{name, median, min, runs}]. */
export function nativeModel(path) {
  if (!path || !existsSync(path)) return null;
  const rows = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^(.+?)\s+median\s+(\S+ \S+)\s+min\s+(\S+ \S+)\s+\((\d+) runs\)/.exec(line);
    if (m) rows.push({ name: m[1].trim(), median: m[2], min: m[3], runs: Number(m[4]) });
  }
  return rows;
}
