//! Text measured without a browser: approximate widths in em, names wrapped into lines
//! between words (Chinese only between the words of `crate::catalog::words`).

/// Approximate advance of a character in em, on the wide side (bold DejaVu Sans, the widest
/// font a visitor's system is likely to draw the page in), so a wrapped line fits its box.
pub fn char_em(c: char) -> f64 {
    if u32::from(c) >= 0x2E80 {
        1.0
    } else if c == ' ' {
        0.35
    } else if "il.,'|!:;".contains(c) {
        0.36
    } else if "()-[]".contains(c) {
        0.46
    } else if "ftrj".contains(c) {
        0.5
    } else if "mwMW".contains(c) {
        1.05
    } else if c.is_ascii_uppercase() {
        0.78
    } else {
        0.7
    }
}

/// The width of `s` in em (`char_em`).
pub fn width_em(s: &str) -> f64 {
    s.chars().map(char_em).sum()
}

fn is_cjk(c: char) -> bool {
    u32::from(c) >= 0x2E80
}

/// Never starts a line.
fn is_closing(c: char) -> bool {
    "）)，、。:：；;,.!！?？".contains(c)
}

/// Never ends a line.
fn is_opening(c: char) -> bool {
    "（(《“".contains(c)
}

/// The longest word of `crate::catalog::words::WORDS` at the start of `chars`, in characters
/// (1 where none is).
fn word_at(chars: &[char]) -> usize {
    crate::catalog::words::WORDS
        .iter()
        .map(|w| w.chars().collect::<Vec<char>>())
        .filter(|w| chars.starts_with(w))
        .map(|w| w.len())
        .max()
        .unwrap_or(1)
}

/// The pieces a line may break between: Latin words (a hyphen ends one, a space is a piece
/// of its own), Chinese words (`word_at`), punctuation kept with the word it belongs to.
pub fn break_pieces(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut pieces: Vec<String> = Vec::new();
    let mut word = String::new();
    // An opening bracket waits for the piece after it.
    let mut opening = String::new();
    let flush = |word: &mut String, opening: &mut String, pieces: &mut Vec<String>| {
        if !word.is_empty() {
            pieces.push(format!(
                "{}{}",
                std::mem::take(opening),
                std::mem::take(word)
            ));
        }
    };
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if is_closing(c) {
            if word.is_empty() {
                match pieces.last_mut() {
                    Some(last) if opening.is_empty() => last.push(c),
                    _ => word.push(c),
                }
            } else {
                word.push(c);
            }
            i += 1;
            // A line may break after Chinese punctuation ("A356、" | "ADC12").
            if is_cjk(c) {
                flush(&mut word, &mut opening, &mut pieces);
            }
        } else if is_opening(c) {
            flush(&mut word, &mut opening, &mut pieces);
            opening.push(c);
            i += 1;
        } else if c == ' ' {
            flush(&mut word, &mut opening, &mut pieces);
            pieces.push(" ".to_string());
            i += 1;
        } else if is_cjk(c) {
            flush(&mut word, &mut opening, &mut pieces);
            let n = word_at(chars.get(i..).unwrap_or_default());
            word.extend(chars.get(i..i + n).unwrap_or_default());
            i += n;
            // Closing punctuation right after joins this word, so flush only before the next.
            while let Some(&p) = chars.get(i).filter(|p| is_closing(**p)) {
                word.push(p);
                i += 1;
            }
            flush(&mut word, &mut opening, &mut pieces);
        } else {
            word.push(c);
            i += 1;
            if c == '-' {
                flush(&mut word, &mut opening, &mut pieces);
            }
        }
    }
    if !opening.is_empty() {
        word.insert_str(0, &opening);
        opening.clear();
    }
    flush(&mut word, &mut opening, &mut pieces);
    pieces
}

/// Breaks a name into at most `max_lines` lines of `max_em`, between the pieces of
/// `break_pieces` (a piece longer than a line alone is split between its characters); an
/// overlong name ends in "…". The lines joined are the name again (a line keeps the space it
/// broke at, which SVG does not draw), so an accessible name can contain the visible text.
pub fn wrap(name: &str, max_em: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in break_pieces(name) {
        if piece == " " && line.is_empty() {
            continue;
        }
        if width_em(&line) + width_em(&piece) <= max_em {
            line.push_str(&piece);
            continue;
        }
        if piece == " " {
            line.push(' ');
        }
        if !line.trim().is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        line = String::new();
        if piece == " " {
            continue;
        }
        for c in piece.chars() {
            if width_em(&line) + char_em(c) > max_em && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && width_em(last) + 1.0 > max_em {
                last.pop();
            }
            last.push('…');
        }
    }
    lines
}
