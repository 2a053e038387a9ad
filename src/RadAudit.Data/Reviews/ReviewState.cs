using RadAudit.Core;
using RadAudit.Data.Boxes;

namespace RadAudit.Data.Reviews;

/// <summary>
/// Every image's boxes and <see cref="ReviewStatus"/> during a review: the input boxes, with journal entries
/// applied over them. Images are addressed by their index in the data set's own list. Not thread-safe (the review
/// session serialises edits).
/// </summary>
public sealed class ReviewState
{
    private readonly IReadOnlyList<string> _paths;
    private readonly Dictionary<string, int> _indexOf;
    private readonly BoxIndex _input;
    private readonly IReadOnlyList<LabelBox>[] _boxes;
    private readonly ReviewStatus[] _status;

    /// <summary>
    /// Starts with every image unreviewed and holding its input boxes. Boxes for paths not in
    /// <paramref name="paths"/> are not kept: validate them first (the review refuses such a boxes file).
    /// </summary>
    public ReviewState(IReadOnlyList<string> paths, IEnumerable<LabelBox> inputBoxes)
    {
        _paths = paths;
        _indexOf = new Dictionary<string, int>(paths.Count, StringComparer.Ordinal);
        for (int index = 0; index < paths.Count; index++) _indexOf.TryAdd(paths[index], index);
        _input = new BoxIndex(inputBoxes);
        _boxes = paths.Select(_input.For).ToArray();
        _status = new ReviewStatus[paths.Count];
    }

    /// <summary>The state after replaying <paramref name="entries"/>, in order, over the input boxes.</summary>
    public static ReviewState Replay(IReadOnlyList<string> paths, IEnumerable<LabelBox> inputBoxes, IEnumerable<ReviewEntry> entries)
    {
        var state = new ReviewState(paths, inputBoxes);
        foreach (ReviewEntry entry in entries) state.Apply(entry);
        return state;
    }

    /// <summary>Number of images.</summary>
    public int Count => _paths.Count;

    /// <summary>Images whose status is anything but <see cref="ReviewStatus.Unreviewed"/>.</summary>
    public int ReviewedCount => _status.Count(status => status != ReviewStatus.Unreviewed);

    /// <summary>The path of image <paramref name="index"/>.</summary>
    public string PathOf(int index) => _paths[index];

    /// <summary>The index of <paramref name="path"/>, or null when the data set has no such image.</summary>
    public int? IndexOf(string path) => _indexOf.TryGetValue(path, out int index) ? index : null;

    /// <summary>The status of image <paramref name="index"/>.</summary>
    public ReviewStatus StatusOf(int index) => _status[index];

    /// <summary>The current boxes of image <paramref name="index"/>.</summary>
    public IReadOnlyList<LabelBox> BoxesOf(int index) => _boxes[index];

    /// <summary>The input boxes of image <paramref name="index"/> (what it shows while unreviewed).</summary>
    public IReadOnlyList<LabelBox> InputBoxesOf(int index) => _input.For(_paths[index]);

    /// <summary>
    /// Applies one edit: the image takes the entry's status and boxes (without score: a person checked them);
    /// <see cref="ReviewStatus.NoLabel"/> clears the boxes; <see cref="ReviewStatus.Unreviewed"/> restores the input
    /// boxes. Throws naming the path when the data set has no such image.
    /// </summary>
    public void Apply(ReviewEntry entry)
    {
        int index = IndexOf(entry.Path)
            ?? throw new RadAuditException($"{entry.Path}: the review names an image that is not in the data set. Review with the data set the journal was made for.");
        _status[index] = entry.Status;
        _boxes[index] = entry.Status switch
        {
            ReviewStatus.Unreviewed => _input.For(entry.Path),
            ReviewStatus.NoLabel => [],
            _ => entry.Boxes.Select(box => box with { Path = entry.Path, Score = null }).ToArray(),
        };
    }

    /// <summary>Every current box, image by image in the data set's order (what <c>--out</c> holds).</summary>
    public IEnumerable<LabelBox> AllBoxes() => _boxes.SelectMany(boxes => boxes);
}
