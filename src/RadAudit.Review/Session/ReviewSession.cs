using System.Text.RegularExpressions;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Reviews;

namespace RadAudit.Review.Session;

/// <summary>
/// A running review: the images, their order, and every edit applied in one place. An edit is written to the
/// journal and forced to disk first (the journal is the truth), then applied, then <c>--out</c> is rewritten, all
/// before the edit is acknowledged, so an acknowledged edit survives a kill. Thread-safe. Build one with
/// <see cref="ReviewSessionLoader"/>.
/// </summary>
public sealed partial class ReviewSession : IDisposable
{
    private readonly Lock _gate = new();
    private readonly ReviewState _state;
    private readonly ReviewJournal _journal;
    private readonly ReviewOutput _output;
    private readonly TimeProvider _clock;

    internal ReviewSession(IReadOnlyList<ReviewImage> images, ReviewState state, ReviewJournal journal, ReviewOutput output,
        ReviewPlan plan, TimeProvider clock)
    {
        Images = images;
        _state = state;
        _journal = journal;
        _output = output;
        Plan = plan;
        _clock = clock;
    }

    /// <summary>The data set's images, in its own order (requests address them by index).</summary>
    public IReadOnlyList<ReviewImage> Images { get; }

    /// <summary>The review order and where to resume.</summary>
    public ReviewPlan Plan { get; }

    /// <summary>The output box file (absolute).</summary>
    public string OutFile => _output.File;

    /// <summary>The journal beside it (absolute).</summary>
    public string JournalFile => _journal.File;

    /// <summary>Images a person has reviewed so far.</summary>
    public int ReviewedCount
    {
        get { lock (_gate) return _state.ReviewedCount; }
    }

    /// <summary>The status and boxes of image <paramref name="index"/> now.</summary>
    public ImageState StateOf(int index)
    {
        lock (_gate) return new ImageState(_state.StatusOf(index), _state.BoxesOf(index));
    }

    /// <summary>Every image's state, and how many are reviewed, read at one moment.</summary>
    public (IReadOnlyList<ImageState> States, int Reviewed) Snapshot()
    {
        lock (_gate)
            return (Enumerable.Range(0, Images.Count).Select(index => new ImageState(_state.StatusOf(index), _state.BoxesOf(index))).ToList(),
                _state.ReviewedCount);
    }

    /// <summary>
    /// Applies <paramref name="edit"/> to image <paramref name="index"/>: journal (fsync), state, then <c>--out</c>.
    /// Throws <see cref="ReviewEditException"/> for an edit it refuses, before anything is written.
    /// </summary>
    public (ImageState State, int Reviewed) Apply(int index, ReviewEdit edit)
    {
        ReviewImage image = Images[index];
        lock (_gate)
        {
            IReadOnlyList<LabelBox> boxes = edit.Status switch
            {
                ReviewStatus.Edited => Checked(image, edit.Boxes),
                ReviewStatus.ReviewedAsIs => _state.BoxesOf(index).Select(box => box with { Score = null }).ToList(),
                _ => [],
            };
            var entry = new ReviewEntry(image.Path, edit.Status, boxes, ActionName(edit.Action), _clock.GetUtcNow());
            _journal.Append(entry);
            _state.Apply(entry);
            _output.Write(_state);
            return (new ImageState(_state.StatusOf(index), _state.BoxesOf(index)), _state.ReviewedCount);
        }
    }

    /// <summary>Writes <c>--out</c> once more and closes the journal.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _output.Write(_state);
            _journal.Dispose();
        }
    }

    private static List<LabelBox> Checked(ReviewImage image, IReadOnlyList<EditedBox> edited)
    {
        if (!image.Readable && edited.Count > 0)
            throw new ReviewEditException($"{image.Path} cannot be read ({image.Problem}), so no box can be drawn on it. Mark it 'no label' or fix the file.");
        var boxes = new List<LabelBox>();
        foreach (EditedBox box in edited)
        {
            if (!LabelKinds.All.Contains(box.Kind))
                throw new ReviewEditException($"Unknown kind '{box.Kind}'. Use one of {string.Join(", ", LabelKinds.All)}.");
            if (box.Width <= 0 || box.Height <= 0)
                throw new ReviewEditException($"A box needs a positive width and height (got {box.Width}×{box.Height}).");
            // Boxes dragged past the edge are clipped to the image, as BoxValidator clips boxes read from files.
            if (BoxValidator.Clip(new LabelBox(image.Path, box.X, box.Y, box.Width, box.Height, box.Kind), image.Width, image.Height) is { } inside)
                boxes.Add(inside);
        }
        return boxes;
    }

    /// <summary>The action as the journal records it: a short lower-case word, "edit" for anything else.</summary>
    private static string ActionName(string action) => ActionPattern().IsMatch(action) ? action : "edit";

    [GeneratedRegex("^[a-z][a-z-]{0,23}$")]
    private static partial Regex ActionPattern();
}
