namespace RadAudit.Learning.Models.Pretrained;

/// <summary>What loading a PyTorch state dict into a RadAudit model matched.</summary>
/// <param name="Path">The weights file.</param>
/// <param name="Loaded">Entries copied into the model.</param>
/// <param name="Missing">Model entries the file lacks (they keep their fresh initialisation).</param>
/// <param name="Unexpected">File entries the model has no place for (ignored).</param>
/// <param name="ShapeMismatches">Entries present in both with different shapes (ignored), as "name: file [..] vs model [..]".</param>
/// <param name="HeadReinitialised">Head entries deliberately not loaded: the file's head (e.g. ImageNet's 1000
/// classes) does not fit the one-logit head, which is re-initialised.</param>
public sealed record PretrainedLoadReport(
    string Path,
    int Loaded,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Unexpected,
    IReadOnlyList<string> ShapeMismatches,
    IReadOnlyList<string> HeadReinitialised)
{
    /// <summary>True when every backbone entry matched (no missing, unexpected or mismatched entries).</summary>
    public bool IsExactBackboneMatch => Missing.Count == 0 && Unexpected.Count == 0 && ShapeMismatches.Count == 0;

    /// <summary>One line for logs, e.g. "loaded 725 entries; head re-initialised (2); missing 0; unexpected 0".</summary>
    public string Summary() =>
        $"{Path}: loaded {Loaded} entries; head re-initialised ({HeadReinitialised.Count}); missing {Missing.Count}" +
        Preview(Missing) + $"; unexpected {Unexpected.Count}" + Preview(Unexpected) +
        $"; shape mismatches {ShapeMismatches.Count}" + Preview(ShapeMismatches);

    private static string Preview(IReadOnlyList<string> names) =>
        names.Count == 0 ? "" : $" ({string.Join(", ", names.Take(5))}{(names.Count > 5 ? ", …" : "")})";
}
