//! The sysctl profile: parsing `key = value` lines with their `# check:` rules, and comparing values.

/// How a live value is compared with the recommended one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Equal after whitespace normalisation (switches, names, port range).
    Exact,
    /// Every number at least the recommended number at the same position.
    AtLeast,
    /// Every number at most the recommended number at the same position.
    AtMost,
}

impl Rule {
    /// The word used in the profile.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Exact => "exact",
            Rule::AtLeast => "at_least",
            Rule::AtMost => "at_most",
        }
    }
}

/// One recommended setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    /// Dotted or slashed sysctl name, as written.
    pub key: String,
    /// Recommended value, whitespace normalised to single spaces.
    pub value: String,
    pub rule: Rule,
    /// An absent key is not a problem (module not loaded, older kernel).
    pub optional: bool,
}

/// A parsed profile, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub settings: Vec<Setting>,
}

/// Why a profile could not be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ProfileError {
    #[error("line {line}: {message}")]
    Syntax { line: usize, message: String },
}

/// The profile shipped in `tuning/sysctl.conf`.
pub const BUILTIN_PROFILE: &str = include_str!("../../tuning/sysctl.conf");

fn syntax(line: usize, message: impl Into<String>) -> ProfileError {
    ProfileError::Syntax {
        line,
        message: message.into(),
    }
}

/// Collapses runs of whitespace (the kernel prints tabs in multi-value keys).
pub fn normalize(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parses `# check: RULE [optional]` (the text after `check:`).
fn parse_check(text: &str, line: usize) -> Result<(Rule, bool), ProfileError> {
    let mut words = text.split_whitespace();
    let rule = match words.next() {
        Some("exact") => Rule::Exact,
        Some("at_least") => Rule::AtLeast,
        Some("at_most") => Rule::AtMost,
        other => return Err(syntax(line, format!("unknown check rule {other:?}"))),
    };
    let optional = match words.next() {
        None => false,
        Some("optional") => true,
        Some(w) => {
            return Err(syntax(
                line,
                format!("unexpected word {w:?} after the rule"),
            ))
        }
    };
    if let Some(w) = words.next() {
        return Err(syntax(line, format!("unexpected word {w:?}")));
    }
    Ok((rule, optional))
}

/// A key must name a file below /proc/sys: no empty or `..` segments.
fn valid_key(key: &str) -> bool {
    let sep = if key.contains('/') { '/' } else { '.' };
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-/".contains(c))
        && key.split(sep).all(|seg| !seg.is_empty() && seg != "..")
}

impl Profile {
    /// Parses sysctl.conf syntax plus `# check:` lines; a key without a
    /// check line is compared `exact`.
    pub fn parse(text: &str) -> Result<Profile, ProfileError> {
        let mut settings = Vec::new();
        let mut pending: Option<(Rule, bool)> = None;
        for (i, raw) in text.lines().enumerate() {
            let n = i + 1;
            let line = raw.trim();
            if let Some(comment) = line.strip_prefix('#').or_else(|| line.strip_prefix(';')) {
                if let Some(check) = comment.trim().strip_prefix("check:") {
                    if pending.is_some() {
                        return Err(syntax(n, "two check lines for one key"));
                    }
                    pending = Some(parse_check(check, n)?);
                }
                continue;
            }
            if line.is_empty() {
                continue;
            }
            // A leading '-' tells sysctl to ignore a missing key.
            let line = line.strip_prefix('-').unwrap_or(line);
            let Some((key, value)) = line.split_once('=') else {
                return Err(syntax(n, "expected key = value"));
            };
            let key = key.trim();
            if !valid_key(key) {
                return Err(syntax(n, format!("invalid key {key:?}")));
            }
            let value = normalize(value);
            let (rule, optional) = pending.take().unwrap_or((Rule::Exact, false));
            if rule != Rule::Exact && numbers(&value).is_none() {
                return Err(syntax(
                    n,
                    format!("{} needs numbers, got {value:?}", rule.name()),
                ));
            }
            if settings.iter().any(|s: &Setting| s.key == key) {
                return Err(syntax(n, format!("{key} set twice")));
            }
            settings.push(Setting {
                key: key.to_string(),
                value,
                rule,
                optional,
            });
        }
        if pending.is_some() {
            return Err(syntax(
                text.lines().count(),
                "check line without a key after it",
            ));
        }
        Ok(Profile { settings })
    }
}

fn numbers(value: &str) -> Option<Vec<i128>> {
    let v: Option<Vec<i128>> = value.split_whitespace().map(|w| w.parse().ok()).collect();
    v.filter(|v| !v.is_empty())
}

impl Setting {
    /// Whether the live `current` value satisfies this setting.
    pub fn is_satisfied_by(&self, current: &str) -> bool {
        if self.rule == Rule::Exact {
            return normalize(current) == self.value;
        }
        let (Some(cur), Some(rec)) = (numbers(current), numbers(&self.value)) else {
            return false;
        };
        cur.len() == rec.len()
            && cur.iter().zip(&rec).all(|(c, r)| match self.rule {
                Rule::AtLeast => c >= r,
                _ => c <= r,
            })
    }

    /// The value to write: the recommended one, except that a number
    /// already better than recommended is kept (never lowers a ceiling
    /// that an operator raised further).
    pub fn value_to_write(&self, current: Option<&str>) -> String {
        let rec = numbers(&self.value);
        let cur = current.and_then(numbers);
        match (self.rule, rec, cur) {
            (Rule::Exact, ..) => self.value.clone(),
            (rule, Some(rec), Some(cur)) if rec.len() == cur.len() => rec
                .iter()
                .zip(&cur)
                .map(|(r, c)| match rule {
                    Rule::AtLeast => (*r).max(*c),
                    _ => (*r).min(*c),
                })
                .map(|v| v.to_string())
                .collect::<Vec<_>>()
                .join(" "),
            _ => self.value.clone(),
        }
    }

    /// Relative path of this key below /proc/sys.
    pub fn proc_path(&self) -> String {
        if self.key.contains('/') {
            self.key.clone()
        } else {
            self.key.replace('.', "/")
        }
    }
}
