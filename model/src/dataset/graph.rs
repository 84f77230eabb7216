//! The graph of production steps: order, cycles, default paths.

use super::*;

/// Kahn's order over production steps; on failure, the products on cycles, grouped by
/// strongly connected component.
pub(super) fn topological_order(
    out_steps: &[Vec<(usize, usize)>],
) -> Result<Vec<usize>, Vec<Vec<usize>>> {
    let count = out_steps.len();
    let mut in_degree = vec![0usize; count];
    for out in out_steps {
        for &(to, _) in out {
            if let Some(d) = in_degree.get_mut(to) {
                *d += 1;
            }
        }
    }
    let mut queue: Vec<usize> = (0..count)
        .filter(|&i| in_degree.get(i) == Some(&0))
        .collect();
    let mut order = Vec::with_capacity(count);
    let mut head = 0;
    while let Some(&node) = queue.get(head) {
        head += 1;
        order.push(node);
        for &(to, _) in out_steps.get(node).into_iter().flatten() {
            if let Some(d) = in_degree.get_mut(to) {
                *d -= 1;
                if *d == 0 {
                    queue.push(to);
                }
            }
        }
    }
    if order.len() == count {
        return Ok(order);
    }
    Err(strongly_connected_cycles(out_steps))
}

/// Tarjan's algorithm, iterative (no recursion depth limit on wasm), keeping components
/// that contain a cycle.
fn strongly_connected_cycles(out_steps: &[Vec<(usize, usize)>]) -> Vec<Vec<usize>> {
    const UNVISITED: usize = usize::MAX;
    let count = out_steps.len();
    let mut index_of = vec![UNVISITED; count];
    let mut low = vec![0usize; count];
    let mut on_stack = vec![false; count];
    let mut stack = Vec::new();
    let mut next_index = 0;
    let mut cycles = Vec::new();
    for root in 0..count {
        if index_of.get(root) != Some(&UNVISITED) {
            continue;
        }
        // (node, position of the next edge to explore)
        let mut work = vec![(root, 0usize)];
        while let Some(&mut (node, ref mut edge)) = work.last_mut() {
            if *edge == 0 && index_of.get(node) == Some(&UNVISITED) {
                if let (Some(i), Some(l), Some(s)) = (
                    index_of.get_mut(node),
                    low.get_mut(node),
                    on_stack.get_mut(node),
                ) {
                    *i = next_index;
                    *l = next_index;
                    *s = true;
                }
                next_index += 1;
                stack.push(node);
            }
            let edges = out_steps.get(node).map(Vec::as_slice).unwrap_or(&[]);
            if let Some(&(to, _)) = edges.get(*edge) {
                *edge += 1;
                if index_of.get(to) == Some(&UNVISITED) {
                    work.push((to, 0));
                } else if on_stack.get(to) == Some(&true) {
                    let to_index = index_of.get(to).copied().unwrap_or(UNVISITED);
                    if let Some(l) = low.get_mut(node) {
                        *l = (*l).min(to_index);
                    }
                }
                continue;
            }
            work.pop();
            let node_low = low.get(node).copied().unwrap_or(0);
            if let Some(&(parent, _)) = work.last() {
                if let Some(l) = low.get_mut(parent) {
                    *l = (*l).min(node_low);
                }
            }
            if Some(&node_low) == index_of.get(node) {
                let mut component = Vec::new();
                while let Some(member) = stack.pop() {
                    if let Some(s) = on_stack.get_mut(member) {
                        *s = false;
                    }
                    component.push(member);
                    if member == node {
                        break;
                    }
                }
                let self_loop = edges.iter().any(|&(to, _)| to == node);
                if component.len() > 1 || self_loop {
                    crate::sort::sort_by(&mut component, |a, b| a.cmp(b));
                    cycles.push(component);
                }
            }
        }
    }
    cycles
}

#[allow(clippy::too_many_arguments)]
pub(super) fn resolve_default_paths(
    file: &DatasetFile,
    product_by_id: &HashMap<String, usize>,
    step_by_pair: &HashMap<(usize, usize), usize>,
    in_steps: &[Vec<(usize, usize)>],
    order: &[usize],
    start: usize,
    errors: &mut Vec<DatasetError>,
) -> Vec<Option<Vec<usize>>> {
    let count = file.products.len();
    let mut paths: Vec<Option<Vec<usize>>> = vec![None; count];
    let is_production = |from: usize, to: usize| {
        step_by_pair
            .get(&(from, to))
            .and_then(|&s| file.steps.get(s))
            .is_some_and(|s| !s.recycling)
    };
    // Reachability from start over production steps, in topological order.
    let mut reachable = vec![false; count];
    if let Some(r) = reachable.get_mut(start) {
        *r = true;
    }
    for &node in order {
        let reached = in_steps
            .get(node)
            .into_iter()
            .flatten()
            .any(|&(from, _)| reachable.get(from) == Some(&true));
        if reached {
            if let Some(r) = reachable.get_mut(node) {
                *r = true;
            }
        }
    }
    let id = |i: usize| {
        file.products
            .get(i)
            .map(|p| p.id.clone())
            .unwrap_or_default()
    };
    for &node in order {
        let Some(product) = file.products.get(node) else {
            continue;
        };
        if let Some(explicit) = &product.default_path {
            let indices: Vec<usize> = explicit
                .iter()
                .filter_map(|id| product_by_id.get(id).copied())
                .collect();
            let first = indices.first().copied();
            let mut ok = true;
            if first != Some(start) {
                ok = false;
                errors.push(DatasetError::DefaultPathStart {
                    product: product.id.clone(),
                    first: first.map(id),
                    start: file.start.clone(),
                });
            }
            if indices.last().copied() != Some(node) {
                ok = false;
                errors.push(DatasetError::DefaultPathEnd {
                    product: product.id.clone(),
                    last: indices.last().copied().map(id),
                });
            }
            for pair in indices.windows(2) {
                if let [from, to] = *pair {
                    if !is_production(from, to) {
                        ok = false;
                        errors.push(DatasetError::DefaultPathNoStep {
                            product: product.id.clone(),
                            from: id(from),
                            to: id(to),
                        });
                    }
                }
            }
            if ok {
                if let Some(p) = paths.get_mut(node) {
                    *p = Some(indices);
                }
            }
            continue;
        }
        if node == start {
            if let Some(p) = paths.get_mut(node) {
                *p = Some(vec![start]);
            }
            continue;
        }
        let predecessors: Vec<usize> = in_steps
            .get(node)
            .into_iter()
            .flatten()
            .map(|&(from, _)| from)
            .filter(|&from| reachable.get(from) == Some(&true))
            .collect();
        match predecessors.as_slice() {
            [] => {}
            [only] => {
                let inherited = paths.get(*only).cloned().flatten().map(|mut path| {
                    path.push(node);
                    path
                });
                if let Some(p) = paths.get_mut(node) {
                    *p = inherited;
                }
            }
            several => errors.push(DatasetError::AmbiguousPath {
                product: product.id.clone(),
                predecessors: several.iter().map(|&i| id(i)).collect(),
            }),
        }
    }
    paths
}
