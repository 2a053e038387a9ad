namespace RadAudit.Reporting.Results;

/// <summary>The paired comparisons of results.json (<c>comparisons</c>); null when a condition was not run.</summary>
/// <param name="OriginalVsCover">Cover against original: does covering the labels change the AUC?</param>
/// <param name="RandomCoverVsOriginal">Random cover against original: does covering anything change the AUC?</param>
public sealed record ComparisonSet(ComparisonResult? OriginalVsCover, ComparisonResult? RandomCoverVsOriginal);
