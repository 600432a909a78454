// Which lines two versions of a file do not share, for the side-by-side view of a save conflict: a longest
// common subsequence of lines, so one inserted line marks one line and not everything after it.

/** For each line of `a` and of `b`: true when it is not part of what both share. */
export function changedLines(a: string, b: string): { a: boolean[]; b: boolean[] } {
  const left = a.split('\n');
  const right = b.split('\n');
  // Lines both start and end with are set aside first: a conflict usually touches a few lines in the middle.
  let start = 0;
  while (start < left.length && start < right.length && left[start] === right[start]) start++;
  let end = 0;
  while (
    end < left.length - start &&
    end < right.length - start &&
    left[left.length - 1 - end] === right[right.length - 1 - end]
  )
    end++;
  const l = left.slice(start, left.length - end);
  const r = right.slice(start, right.length - end);
  const width = r.length + 1;
  const lengths = new Uint32Array((l.length + 1) * width);
  for (let i = l.length - 1; i >= 0; i--) {
    for (let j = r.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        l[i] === r[j]
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const changedA = left.map(() => false);
  const changedB = right.map(() => false);
  let i = 0;
  let j = 0;
  while (i < l.length || j < r.length) {
    if (i < l.length && j < r.length && l[i] === r[j]) {
      i++;
      j++;
    } else if (
      j >= r.length ||
      (i < l.length && lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)
    ) {
      changedA[start + i] = true;
      i++;
    } else {
      changedB[start + j] = true;
      j++;
    }
  }
  return { a: changedA, b: changedB };
}
