using RadAudit.Core;

namespace RadAudit.Data.Reviews;

/// <summary>The journal's and the page's names of <see cref="ReviewStatus"/> values.</summary>
public static class ReviewStatuses
{
    private static readonly (ReviewStatus Status, string Name)[] Names =
    [
        (ReviewStatus.Unreviewed, "unreviewed"),
        (ReviewStatus.ReviewedAsIs, "reviewed-as-is"),
        (ReviewStatus.NoLabel, "no-label"),
        (ReviewStatus.Edited, "edited"),
    ];

    /// <summary>The name written for <paramref name="status"/>, e.g. <c>reviewed-as-is</c>.</summary>
    public static string Name(ReviewStatus status) => Names.First(pair => pair.Status == status).Name;

    /// <summary>Parses a name written by <see cref="Name"/>; throws naming the allowed names otherwise.</summary>
    public static ReviewStatus Parse(string name) =>
        TryParse(name, out ReviewStatus status)
            ? status
            : throw new RadAuditException($"Unknown review status '{name}'. Use one of {string.Join(", ", Names.Select(pair => pair.Name))}.");

    /// <summary>Parses a name written by <see cref="Name"/>; false for anything else.</summary>
    public static bool TryParse(string? name, out ReviewStatus status)
    {
        foreach (var pair in Names)
            if (pair.Name == name)
            {
                status = pair.Status;
                return true;
            }
        status = ReviewStatus.Unreviewed;
        return false;
    }
}
