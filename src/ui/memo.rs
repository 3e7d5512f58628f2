//! A value kept with the key it was computed from, computed again only when the key changes:
//! the caches of what panels show (figures under a filter, a sizing), recomputed per project
//! change rather than every frame.

/// A value and the key it was computed for, or nothing yet.
pub(in crate::ui) type Memo<K, V> = Option<(K, V)>;

/// The value for `key`: the one kept when it was computed for the same key, else `compute`'s,
/// kept in `slot` for the next frames.
pub(in crate::ui) fn memo<K: PartialEq, V>(
    slot: &mut Memo<K, V>,
    key: K,
    compute: impl FnOnce() -> V,
) -> &V {
    let kept = match slot.take() {
        Some((kept, value)) if kept == key => (kept, value),
        _ => (key, compute()),
    };
    &slot.insert(kept).1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_once_per_key() {
        let mut slot = None;
        let mut runs = 0;
        for key in [1, 1, 2, 2, 1] {
            memo(&mut slot, key, || {
                runs += 1;
                key * 10
            });
        }
        assert_eq!(runs, 3);
        assert_eq!(slot, Some((1, 10)));
    }
}
