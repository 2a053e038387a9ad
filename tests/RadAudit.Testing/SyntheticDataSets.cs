using RadAudit.Synthetic;

namespace RadAudit.Testing;

/// <summary>
/// Fixture factory: tiny synthetic data sets in MURA v1.1's layout for any test project. The defaults (24 studies,
/// about 65 images of at most 96 px) generate in well under a second; pass options for confounding, difficulty,
/// counts or size.
/// </summary>
public static class SyntheticDataSets
{
    /// <summary>Small, fast options; override with <c>with { ... }</c>.</summary>
    public static SynthesisOptions Tiny(long seed = 7) => new()
    {
        TrainStudies = 16,
        ValidStudies = 8,
        MaxSize = 96,
        Seed = seed,
        Threads = 2,
    };

    /// <summary>
    /// Generates a data set into <paramref name="folder"/>/<paramref name="subfolder"/> and returns its summary
    /// (Root is the folder holding MURA-v1.1/, markers.csv and synth.json).
    /// </summary>
    public static SynthesisSummary CreateMura(TemporaryFolder folder, SynthesisOptions? options = null, string subfolder = "synthetic")
    {
        ArgumentNullException.ThrowIfNull(folder);
        return SyntheticMuraWriter.Write(Path.Combine(folder.Path, subfolder), options ?? Tiny());
    }

    /// <summary>Reads markers.csv of a generated set as (path, x, y, width, height, kind) rows.</summary>
    public static IReadOnlyList<(string Path, int X, int Y, int Width, int Height, string Kind)> ReadMarkers(string root)
    {
        var rows = new List<(string, int, int, int, int, string)>();
        foreach (string line in File.ReadLines(Path.Combine(root, "markers.csv")).Skip(1))
        {
            string[] cells = line.Split(',');
            rows.Add((cells[0], int.Parse(cells[1]), int.Parse(cells[2]), int.Parse(cells[3]), int.Parse(cells[4]), cells[5]));
        }
        return rows;
    }
}
