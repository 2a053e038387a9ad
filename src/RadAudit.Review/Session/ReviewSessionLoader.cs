using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Reviews;
using RadAudit.Data.Sets;
using RadAudit.Imaging.Review;

namespace RadAudit.Review.Session;

/// <summary>
/// Starts or resumes a review: reads the input boxes and checks them against the data set, replays the journal
/// beside <c>--out</c> over them, orders the images most doubtful first, and writes <c>--out</c> once.
/// </summary>
public static class ReviewSessionLoader
{
    /// <summary>Loads the review of <paramref name="data"/>; problems the person can fix throw <see cref="RadAuditException"/>.</summary>
    public static ReviewSession Load(ImageDataSet data, string boxesFile, string outFile, TextWriter log, TimeProvider? clock = null)
    {
        if (string.Equals(Path.GetFullPath(boxesFile), Path.GetFullPath(outFile), StringComparison.Ordinal))
            throw new RadAuditException($"{outFile}: the output file is the input boxes file. Choose another name (e.g. reviewed.csv) so the input boxes stay untouched.", 2, setting: Settings.Output);
        IReadOnlyList<LabelBox> input = BoxFiles.Read(boxesFile);
        IReadOnlyList<ReviewImage> images = ImageCatalog.Read(data);
        BoxValidationReport validation = Validate(input, images, boxesFile, data.Source);
        if (validation.Problems.Count > 0) log.WriteLine($"{boxesFile}: {validation.Summary()}");
        var journal = ReviewJournal.Open(ReviewJournal.PathFor(outFile));
        try
        {
            var paths = images.Select(image => image.Path).ToList();
            RefuseUnknownPaths(journal, paths);
            var state = ReviewState.Replay(paths, validation.Usable, journal.Entries);
            ReviewPlan plan = Plan(state, LabelsPresentFile.ReadBeside(boxesFile), journal.Entries);
            var output = new ReviewOutput(outFile, images);
            output.Write(state);
            return new ReviewSession(images, state, journal, output, plan, clock ?? TimeProvider.System);
        }
        catch
        {
            journal.Dispose();
            throw;
        }
    }

    private static BoxValidationReport Validate(IReadOnlyList<LabelBox> input, IReadOnlyList<ReviewImage> images, string boxesFile, string source)
    {
        var byPath = images.ToDictionary(image => image.Path, StringComparer.Ordinal);
        // An image that cannot be read keeps its boxes as they are (no size to clip to); only unknown paths are refused.
        BoxValidationReport report = BoxValidator.Validate(input, path =>
            byPath.TryGetValue(path, out ReviewImage? image) ? image.Readable ? (image.Width, image.Height) : (int.MaxValue, int.MaxValue) : null);
        if (report.UnknownPathCount > 0)
        {
            LabelBox first = report.Problems.First(problem => problem.Kind == BoxProblemKind.UnknownPath).Original;
            throw new RadAuditException($"{boxesFile}: {report.UnknownPathCount} of {report.InputCount} boxes name images that are not in {source} " +
                $"(first: {first.Path}). Review with the data set the boxes were made for, or remove those rows.");
        }
        return report;
    }

    private static void RefuseUnknownPaths(ReviewJournal journal, IReadOnlyList<string> paths)
    {
        var known = paths.ToHashSet(StringComparer.Ordinal);
        var unknown = journal.Entries.Where(entry => !known.Contains(entry.Path)).ToList();
        if (unknown.Count > 0)
            throw new RadAuditException($"{journal.File}: {unknown.Count} of {journal.Entries.Count} entries name images not in this data set " +
                $"(first: {unknown[0].Path}). Resume with the data set this review was made for, or choose another output file.", setting: Settings.Output);
    }

    /// <summary>Most doubtful first by the input boxes (and labels-present probabilities); resume after the last edited image.</summary>
    private static ReviewPlan Plan(ReviewState state, IReadOnlyDictionary<string, double> labelsPresent, IReadOnlyList<ReviewEntry> entries)
    {
        var inputs = Enumerable.Range(0, state.Count).Select(state.InputBoxesOf).ToList();
        var probabilities = Enumerable.Range(0, state.Count)
            .Select(index => labelsPresent.TryGetValue(state.PathOf(index), out double probability) ? probability : (double?)null).ToList();
        IReadOnlyList<int> order = ReviewOrder.WorstFirst(inputs, probabilities);
        double[] doubts = Enumerable.Range(0, state.Count).Select(index => ReviewOrder.Doubt(inputs[index], probabilities[index])).ToArray();
        int last = entries.Count == 0 ? -1 : order.ToList().IndexOf(state.IndexOf(entries[^1].Path) ?? -1);
        // The first unreviewed image after the last one edited, wrapping round; where the person stopped.
        int resume = Enumerable.Range(1, order.Count).Select(step => (last + step) % order.Count)
            .FirstOrDefault(position => state.StatusOf(order[position]) == ReviewStatus.Unreviewed, Math.Max(last, 0));
        return new ReviewPlan(order, doubts, order.Count == 0 ? 0 : resume);
    }
}
