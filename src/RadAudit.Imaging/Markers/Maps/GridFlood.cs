namespace RadAudit.Imaging.Markers.Maps;

/// <summary>8-connected flood fill over a row-major grid, with an explicit stack (no recursion depth limit).</summary>
internal static class GridFlood
{
    /// <summary>
    /// Grows from the cells already on <paramref name="stack"/> (marked in <paramref name="seen"/>) over every
    /// 8-neighbour that <paramref name="joins"/>; calls <paramref name="visit"/> once per cell and returns the
    /// inclusive extent of all cells reached.
    /// </summary>
    public static (int Left, int Top, int Right, int Bottom) Grow(int width, int height, bool[] seen, Stack<int> stack, Func<int, bool> joins,
        Action<int>? visit = null)
    {
        int left = width, top = height, right = -1, bottom = -1;
        while (stack.Count > 0)
        {
            int index = stack.Pop(), x = index % width, y = index / width;
            (left, right, top, bottom) = (Math.Min(left, x), Math.Max(right, x), Math.Min(top, y), Math.Max(bottom, y));
            visit?.Invoke(index);
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++)
                {
                    int nx = x + dx, ny = y + dy, neighbour = ny * width + nx;
                    if ((uint)nx >= (uint)width || (uint)ny >= (uint)height || seen[neighbour] || !joins(neighbour)) continue;
                    seen[neighbour] = true;
                    stack.Push(neighbour);
                }
        }
        return (left, top, right, bottom);
    }
}
