namespace RadAudit.Imaging.Markers.Maps;

/// <summary>
/// Regions of a label map, kind by kind: every on-image cell whose best probability reaches the threshold belongs
/// to its most probable kind, and 8-connected cells of one kind form a region. Kinds stay apart, so the L and the
/// initials touching it are two regions.
/// </summary>
internal static class MapComponents
{
    /// <summary>The regions of every kind, in scan order of their first cell within each kind.</summary>
    public static List<MapComponent> Find(LabelProbabilityMap map, float threshold) => Find(map, threshold, BestKind(map));

    /// <summary>As <see cref="Find(LabelProbabilityMap, float)"/>, with each cell's best kind already known (<see cref="BestKind"/>),
    /// so that several thresholds share it.</summary>
    public static List<MapComponent> Find(LabelProbabilityMap map, float threshold, (int[] Kind, float[] Probability) best)
    {
        var (kindOf, probability) = best;
        var components = new List<MapComponent>();
        var stack = new Stack<int>();
        for (int kind = 0; kind < map.Kinds.Count; kind++)
        {
            var seen = new bool[kindOf.Length];
            for (int start = 0; start < kindOf.Length; start++)
            {
                if (seen[start] || kindOf[start] != kind || probability[start] < threshold) continue;
                var cells = new List<int>();
                double mass = 0;
                seen[start] = true;
                stack.Push(start);
                int current = kind;
                GridFlood.Grow(map.Width, map.Height, seen, stack, neighbour => kindOf[neighbour] == current && probability[neighbour] >= threshold, index =>
                {
                    cells.Add(index);
                    mass += probability[index];
                });
                components.Add(new MapComponent(kind, cells, mass));
            }
        }
        return components;
    }

    /// <summary>Each cell's most probable kind and that probability (−1 and 0 off the source image).</summary>
    public static (int[] Kind, float[] Probability) BestKind(LabelProbabilityMap map)
    {
        var kindOf = new int[map.Width * map.Height];
        var probability = new float[kindOf.Length];
        for (int y = 0; y < map.Height; y++)
            for (int x = 0; x < map.Width; x++)
            {
                int index = y * map.Width + x;
                kindOf[index] = -1;
                if (!map.OnSource(x, y)) continue;
                for (int kind = 0; kind < map.Kinds.Count; kind++)
                    if (map.At(kind, x, y) > probability[index]) (kindOf[index], probability[index]) = (kind, map.At(kind, x, y));
            }
        return (kindOf, probability);
    }
}
