using RadAudit.Core;

namespace RadAudit.Data.Boxes;

/// <summary>Boxes looked up by image path (ordinal, exactly as the data set names the image).</summary>
public sealed class BoxIndex
{
    private readonly Dictionary<string, LabelBox[]> _byPath;

    /// <summary>Indexes <paramref name="boxes"/>, keeping each image's boxes in input order.</summary>
    /// <param name="boxes">The boxes.</param>
    /// <param name="source">The file they were read from (full path), for run records; null when built in memory.</param>
    public BoxIndex(IEnumerable<LabelBox> boxes, string? source = null)
    {
        Source = source;
        _byPath = boxes.GroupBy(box => box.Path, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>No boxes at all (the original condition needs none).</summary>
    public static BoxIndex Empty { get; } = new([]);

    /// <summary>The file the boxes came from (full path), or null.</summary>
    public string? Source { get; }

    /// <summary>Paths that have at least one box.</summary>
    public IReadOnlyCollection<string> Paths => _byPath.Keys;

    /// <summary>Total number of boxes.</summary>
    public int Count => _byPath.Values.Sum(list => list.Length);

    /// <summary>The boxes of <paramref name="path"/> (empty when it has none).</summary>
    public IReadOnlyList<LabelBox> For(string path) =>
        _byPath.TryGetValue(path, out LabelBox[]? list) ? list : [];
}
