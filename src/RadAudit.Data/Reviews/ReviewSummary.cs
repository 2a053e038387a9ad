namespace RadAudit.Data.Reviews;

/// <summary>
/// How many images a person reviewed, read from the journal that <c>radaudit review</c> keeps beside the box file
/// it writes; the audit reports it when given such a file (<c>--markers reviewed.csv</c>).
/// </summary>
/// <param name="JournalFile">The journal read.</param>
/// <param name="ImagesReviewed">Images whose last status is not unreviewed.</param>
/// <param name="ReviewedAsIs">Of those, accepted unchanged.</param>
/// <param name="NoLabel">Of those, marked as having no label.</param>
/// <param name="Edited">Of those, with boxes edited.</param>
public sealed record ReviewSummary(string JournalFile, int ImagesReviewed, int ReviewedAsIs, int NoLabel, int Edited)
{
    /// <summary>The summary of the journal beside <paramref name="boxesFile"/>, or null when it has none.</summary>
    public static ReviewSummary? Find(string boxesFile)
    {
        string journal = ReviewJournal.PathFor(boxesFile);
        if (!File.Exists(journal)) return null;
        var last = new Dictionary<string, ReviewStatus>(StringComparer.Ordinal);
        foreach (ReviewEntry entry in ReviewJournal.Read(journal)) last[entry.Path] = entry.Status;
        int Count(ReviewStatus status) => last.Values.Count(value => value == status);
        return new ReviewSummary(journal, last.Count - Count(ReviewStatus.Unreviewed),
            Count(ReviewStatus.ReviewedAsIs), Count(ReviewStatus.NoLabel), Count(ReviewStatus.Edited));
    }
}
